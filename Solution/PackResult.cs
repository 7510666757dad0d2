namespace SocialCrm.Solution;

/// <summary>The zips one pack wrote.</summary>
public sealed class PackResult
{
    public PackResult(string uniqueName, string version, string unmanagedZip, string managedZip)
    {
        UniqueName = uniqueName;
        Version = version;
        UnmanagedZip = unmanagedZip;
        ManagedZip = managedZip;
    }

    public string UniqueName { get; }

    public string Version { get; }

    public string UnmanagedZip { get; }

    public string ManagedZip { get; }
}
