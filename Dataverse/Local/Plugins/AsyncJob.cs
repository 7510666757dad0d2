using System;
using SocialCrm.Dataverse.Local.Registration;

namespace SocialCrm.Dataverse.Local.Plugins;

/// <summary>An asynchronous step waiting to run, with the system job row that records it.</summary>
internal sealed record AsyncJob(Guid JobId, StepRegistration Step, PluginExecutionContext Context);
