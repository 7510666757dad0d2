namespace SocialCrm.Solution.Writing;

/// <summary>One file of the solution zip.</summary>
public sealed class PackageEntry
{
    public PackageEntry(string path, byte[] content)
    {
        Path = path;
        Content = content;
    }

    /// <summary>The entry name, with forward slashes.</summary>
    public string Path { get; }

    public byte[] Content { get; }
}
