using System.Collections.Generic;
using SocialCrm.LocalDataverse.Metadata;
using SocialCrm.LocalDataverse.Registration;

namespace SocialCrm.LocalDataverse.Solutions;

/// <summary>What a solution brings to an environment, read from its customizations.xml and component folders.</summary>
public sealed class SolutionDefinition
{
    public List<TableDefinition> Tables { get; } = new();

    public List<RelationshipDefinition> Relationships { get; } = new();

    public List<PluginAssemblyDefinition> PluginAssemblies { get; } = new();

    public List<StepRegistration> Steps { get; } = new();

    public List<CustomApiDefinition> CustomApis { get; } = new();

    public List<EnvironmentVariableDefinition> EnvironmentVariables { get; } = new();
}
