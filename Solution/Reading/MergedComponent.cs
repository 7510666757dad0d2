namespace SocialCrm.Solution.Reading;

/// <summary>A source file whose content goes into one element of customizations.xml.</summary>
public sealed class MergedComponent
{
    public MergedComponent(ComponentFolder folder, SourceDocument document)
    {
        Folder = folder;
        Document = document;
    }

    public ComponentFolder Folder { get; }

    public SourceDocument Document { get; }
}
