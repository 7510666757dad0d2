namespace SocialCrm.Integration.Mentions;

/// <summary>What is wrong with one field of a mention: the field as the source names it, and a message naming it.</summary>
public sealed record FieldProblem(string Field, string Message)
{
    public override string ToString() => Message;
}
