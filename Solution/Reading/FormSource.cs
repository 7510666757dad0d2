namespace SocialCrm.Solution.Reading;

/// <summary>One file under Entities/&lt;table&gt;/FormXml/&lt;type&gt;/.</summary>
public sealed class FormSource
{
    public FormSource(string formType, SourceDocument document)
    {
        FormType = formType;
        Document = document;
    }

    /// <summary>The folder name, which is the form type customizations.xml uses (main, quickCreate, quick, card...).</summary>
    public string FormType { get; }

    public SourceDocument Document { get; }
}
