using System;
using System.Collections.Generic;

namespace SocialCrm.Solution;

/// <summary>The zips one pack wrote.</summary>
public sealed class PackResult
{
    public PackResult(string uniqueName, string version, string unmanagedZip, string managedZip, IReadOnlyList<string>? unbuiltControls = null, string? dataZip = null)
    {
        DataZip = dataZip;
        UnbuiltControls = unbuiltControls ?? Array.Empty<string>();
        UniqueName = uniqueName;
        Version = version;
        UnmanagedZip = unmanagedZip;
        ManagedZip = managedZip;
    }

    public string UniqueName { get; }

    public string Version { get; }

    public string UnmanagedZip { get; }

    public string ManagedZip { get; }

    /// <summary>The configuration data package shipped beside the solution zips (the seed escalation rules); null when none was packed.</summary>
    public string? DataZip { get; }

    /// <summary>Code components of the source whose build was not handed in: the zips lack their manifest and bundle.</summary>
    public IReadOnlyList<string> UnbuiltControls { get; }
}
