namespace SocialCrm.Integration.Mentions;

/// <summary>What is wrong with one field of a mention: the field as the source names it, a message naming it, and
/// whether the field is none of a mention's (so a report can list the valid fields once, not on every line).</summary>
public sealed record FieldProblem(string Field, string Message, bool UnknownField = false)
{
    public override string ToString() => Message;
}
