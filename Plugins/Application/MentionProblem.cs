namespace SocialCrm.Plugins.Application;

/// <summary>Why one mention of a batch is rejected.</summary>
public sealed class MentionProblem
{
    public MentionProblem(int index, string label, string message)
    {
        Index = index;
        Label = label;
        Message = message;
    }

    /// <summary>Position in the batch, 0-based.</summary>
    public int Index { get; }

    /// <summary>"X post 123", or "no post id" when it has none.</summary>
    public string Label { get; }

    /// <summary>Sentences that name the offending columns.</summary>
    public string Message { get; }
}
