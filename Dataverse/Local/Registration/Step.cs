using Microsoft.Xrm.Sdk;

namespace SocialCrm.Dataverse.Local.Registration;

/// <summary>Registers a step for a plug-in type known at compile time, as tests do.</summary>
public static class Step
{
    public static StepRegistration For<TPlugin>(string message, string? table, PipelineStage stage, StepMode mode = StepMode.Synchronous, int rank = 1)
        where TPlugin : IPlugin =>
        new(typeof(TPlugin).AssemblyQualifiedName!, message, table?.ToLowerInvariant(), stage, mode, rank)
        {
            PluginType = typeof(TPlugin),
            Name = $"{typeof(TPlugin).FullName}: {message} of {table ?? "any Entity"}",
        };
}
