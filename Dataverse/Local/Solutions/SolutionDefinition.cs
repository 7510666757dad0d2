using System.Collections.Generic;
using SocialCrm.Dataverse.Local.Metadata;
using SocialCrm.Dataverse.Local.Registration;

namespace SocialCrm.Dataverse.Local.Solutions;

/// <summary>What a solution brings to an environment, read from its customizations.xml and component folders.</summary>
public sealed class SolutionDefinition
{
    public List<TableDefinition> Tables { get; } = new();

    public List<RelationshipDefinition> Relationships { get; } = new();

    public List<PluginAssemblyDefinition> PluginAssemblies { get; } = new();

    public List<StepRegistration> Steps { get; } = new();

    public List<ServiceEndpointDefinition> ServiceEndpoints { get; } = new();

    public List<CustomApiDefinition> CustomApis { get; } = new();

    public List<EnvironmentVariableDefinition> EnvironmentVariables { get; } = new();
}
