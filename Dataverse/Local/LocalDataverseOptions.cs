using System;
using SocialCrm.Dataverse.Local.Plugins;

namespace SocialCrm.Dataverse.Local;

/// <summary>Settings of a LocalDataverse environment.</summary>
public sealed class LocalDataverseOptions
{
    /// <summary>The store file; null keeps everything in memory for the life of the environment.</summary>
    public string? DatabasePath { get; set; }

    /// <summary>The clock the platform columns and date conditions read; tests set a fixed one.</summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    /// <summary>When asynchronous steps run.</summary>
    public AsyncJobMode AsyncJobs { get; set; } = AsyncJobMode.AfterCommit;

    /// <summary>The deepest a chain of plug-in calls may go before it is stopped as a loop; Dataverse's default is 8.</summary>
    public int MaxDepth { get; set; } = 8;

    public string OrganizationName { get; set; } = "localdataverse";

    /// <summary>
    /// How many of the latest requests the call log keeps: a long-running environment (the worker's local default)
    /// must not grow with every request it ever served. A batch of a thousand mentions makes a few thousand calls.
    /// </summary>
    public int CallLogCapacity { get; set; } = 100_000;

    /// <summary>How many of the latest plug-in executions the trace log keeps, with what they traced.</summary>
    public int TraceLogCapacity { get; set; } = 1_000;
}
