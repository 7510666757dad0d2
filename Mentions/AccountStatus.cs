namespace SocialCrm.Mentions;

/// <summary>
/// scrm_accountstatus of a social profile: the state of the person's account on their network, as the network last said
/// it. Bluesky's account event (com.atproto.sync.subscribeRepos#account, passed on by Jetstream) says whether the account
/// is active and, when not, why: takendown, suspended, deleted or deactivated
/// (https://github.com/bluesky-social/atproto/blob/main/lexicons/com/atproto/sync/subscribeRepos.json,
/// https://github.com/bluesky-social/jetstream#example-events). NotActive: not active for a reason the network gave none
/// of, or none of these (a host's own states such as throttled or desynchronized).
/// Shared with the worker (compiled from Mentions/), which turns the network's words into these values.
/// </summary>
public enum AccountStatus
{
    Active = 746500000,
    Deactivated = 746500001,
    Suspended = 746500002,
    TakenDown = 746500003,
    Deleted = 746500004,
    NotActive = 746500005,
}
