namespace SocialCrm.Solution.Registration;

/// <summary>
/// A class of a plug-in assembly that Dataverse registers as a plug-in type: one implementing IPlugin or deriving from
/// CodeActivity. Its friendly name, description and (for a workflow activity) designer group come from the framework's
/// [DisplayName], [Description] and [Category] on the class, so the assembly references nothing more than it did.
/// </summary>
public sealed record DeclaredPluginType(string FullName, string FriendlyName, string Description, string? WorkflowActivityGroupName);
