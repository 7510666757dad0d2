using System;
using SocialCrm.LocalDataverse.Registration;

namespace SocialCrm.LocalDataverse.Plugins;

/// <summary>An asynchronous step waiting to run, with the system job row that records it.</summary>
internal sealed record AsyncJob(Guid JobId, StepRegistration Step, PluginExecutionContext Context);
