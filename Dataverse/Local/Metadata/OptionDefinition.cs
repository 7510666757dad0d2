namespace SocialCrm.Dataverse.Local.Metadata;

/// <summary>One value of a choice column. For statuscode, <see cref="State"/> is the statecode the status belongs to.</summary>
public sealed class OptionDefinition
{
    public OptionDefinition(int value, string label, int? state = null)
    {
        Value = value;
        Label = label;
        State = state;
    }

    public int Value { get; }

    public string Label { get; }

    public int? State { get; }
}
