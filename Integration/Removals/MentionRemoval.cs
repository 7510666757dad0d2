using SocialCrm.Integration.Mentions;
using SocialCrm.Mentions;

namespace SocialCrm.Integration.Removals;

/// <summary>
/// A network saying a post is gone: deleted by its author, hidden by the page, unpublished from its feed. It changes
/// the stored mention (status reason, and its text when the author deleted it) and never creates one.
/// </summary>
/// <param name="Platform">The network.</param>
/// <param name="ExternalPostId">The post's id on the network, as its mention stores it.</param>
/// <param name="Status">Why the mention is taken off: a canceled <see cref="MentionStatus"/>.</param>
public sealed record MentionRemoval(SocialPlatform Platform, string ExternalPostId, MentionStatus Status)
{
    /// <summary>The mention's key (<see cref="Mention.Key"/>), so a removal finds the post it removes whatever the case of
    /// its id.</summary>
    public string Key => PostIds.Key(Platform, ExternalPostId);

    /// <summary>
    /// Whether the post's text goes too. A post its author deleted is erased: X's developer terms require removing
    /// content deleted on X (https://developer.x.com/en/developer-terms/agreement-and-policy, "Content compliance"), and
    /// the other networks' deletes carry the same wish of the author. A hidden or unpublished post keeps its text, so an
    /// agent can still see what the page hid.
    /// </summary>
    public bool ErasesContent => Status == MentionStatus.DeletedByAuthor;

    /// <summary>The subject an erased mention keeps, so the timeline still says what happened there.</summary>
    public string ErasedSubject => Status switch
    {
        MentionStatus.DeletedByAuthor => "Deleted by author",
        MentionStatus.HiddenByPage => "Hidden by page",
        _ => "Unpublished",
    };
}
