namespace SocialCrm.Solution.Reading;

/// <summary>A file packed as bytes: a plug-in assembly, from the source folder or handed to the packer.</summary>
public sealed class BinaryFile
{
    public BinaryFile(string origin, string fileName, byte[] content)
    {
        Origin = origin;
        FileName = fileName;
        Content = content;
    }

    /// <summary>Where the bytes came from: a path relative to the source folder, or the full path of a handed-in file.</summary>
    public string Origin { get; }

    public string FileName { get; }

    public byte[] Content { get; }
}
