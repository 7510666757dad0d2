namespace SocialCrm.Solution;

/// <summary>One thing wrong with the unpacked source, located by file (relative to the source folder), line and element.</summary>
public sealed class SolutionProblem
{
    public SolutionProblem(string file, int line, string element, string message)
    {
        File = file;
        Line = line;
        Element = element;
        Message = message;
    }

    /// <summary>Path of the file relative to the source folder, with forward slashes.</summary>
    public string File { get; }

    /// <summary>1-based line of the element, or 0 when the problem concerns the whole file.</summary>
    public int Line { get; }

    /// <summary>The element, as &lt;name key="value"&gt; with the attribute that identifies it.</summary>
    public string Element { get; }

    public string Message { get; }

    public override string ToString() => $"{File}({Line}): {Element}: {Message}";
}
