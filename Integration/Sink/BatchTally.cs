namespace SocialCrm.Integration.Sink;

/// <summary>What became of one batch's mentions, counted across the halvings that isolate a refused record.</summary>
internal sealed class BatchTally
{
    public int Written { get; set; }

    public int DeadLettered { get; set; }
}
