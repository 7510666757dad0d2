namespace SocialCrm.Mentions;

/// <summary>
/// scrm_sendstatus of a reply (an outbound mention composed in Dataverse): where it is on its way to the network. The
/// worker moves it Pending -> Sending before it calls the network, so a crash after that call is reconciled, never
/// posted again; then Sent (with the network's post id, URL and sent-on) or Failed (with the reason and whether a retry
/// can help). SentNotRecorded: the network has the reply, but Dataverse refused the update that records its post id, so
/// the worker wrote what Dataverse would take (sent on, and the network's id and Dataverse's words in the send error)
/// and never posts it again.
/// </summary>
public enum SendStatus
{
    Pending = 746500000,
    Sending = 746500001,
    Sent = 746500002,
    Failed = 746500003,
    SentNotRecorded = 746500004,
}
