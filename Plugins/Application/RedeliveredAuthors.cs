using System.Collections.Generic;
using System.Linq;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Domain.Intake;

namespace SocialCrm.Plugins.Application;

/// <summary>
/// A post delivered again may know its author better than their profile does: a comment names the person a Messenger
/// message left nameless. The profile takes what it lacks (and, from a post newer than its last mention, what changed),
/// with the rules intake uses, so a redelivery repairs a profile instead of leaving it as it was (issue #13, defect 1).
/// Three queries for any batch, a fourth when a profile gets a contact.
/// </summary>
public sealed class RedeliveredAuthors
{
    private readonly AuthorResolution _authors;
    private readonly ConversationContacts _conversationContacts;

    /// <param name="stores">The stores to read and write.</param>
    /// <param name="autoCreateContacts">scrm_AutoCreateContacts, as intake applies it.</param>
    public RedeliveredAuthors(SocialCrmStores stores, bool autoCreateContacts)
    {
        _authors = new AuthorResolution(stores.Profiles, stores.Contacts, autoCreateContacts);
        _conversationContacts = new ConversationContacts(stores.Conversations);
    }

    /// <summary>Brings the authors' profiles up to date; a mention without its network, author or date is left out.</summary>
    /// <returns>How many profiles changed.</returns>
    public int Refresh(IEnumerable<IncomingMention> redelivered)
    {
        var authors = redelivered.Select(mention => mention.Normalized())
            .Where(mention => mention.KnownPlatform.HasValue && mention.KnownDirection.HasValue
                && mention.Author.ExternalId != null && mention.PostedOn.HasValue)
            .OrderBy(mention => mention.PostedOn)
            .Select(mention => new AuthorToResolve(mention.KnownPlatform!.Value, mention.Author,
                mention.KnownDirection == MentionDirection.Inbound, mention.PostedOn))
            .ToList();
        if (authors.Count == 0)
        {
            return 0;
        }

        var resolved = _authors.Resolve(authors);
        _conversationContacts.FollowNewLinks(resolved.Values);
        return resolved.Values.Count(author => author.Decision.ChangedColumns.Count > 0);
    }
}
