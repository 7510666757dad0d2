using SocialCrm.Dataverse.Local.Registration;

namespace SocialCrm.Dataverse.Local.Plugins;

/// <summary>A registered step that applies to a request, and how it meets it.</summary>
internal sealed record StepInvocation(StepRegistration Step, InvocationShape Shape);
