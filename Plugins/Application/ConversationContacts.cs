using System;
using System.Collections.Generic;
using System.Linq;
using SocialCrm.Plugins.Domain.Identity;
using SocialCrm.Plugins.Stores;

namespace SocialCrm.Plugins.Application;

/// <summary>
/// When a profile gets a contact, the open conversations it started follow it to that contact, so they show on the
/// contact's form. Closed conversations keep the contact they had when they closed: they are history. Intake (a link
/// found by evidence) and the LinkProfileToContact Custom API (a link made by hand) both move them through here.
/// </summary>
public sealed class ConversationContacts
{
    private readonly IConversationStore _conversations;

    public ConversationContacts(IConversationStore conversations)
    {
        _conversations = conversations;
    }

    /// <summary>
    /// Moves the open conversations of each profile that existed before and was linked to a contact just now.
    /// </summary>
    /// <returns>How many conversations moved.</returns>
    public int FollowNewLinks(IEnumerable<ResolvedAuthor> authors) =>
        Follow(authors.Where(author => !author.Created && author.ContactId.HasValue
                && (author.Decision.Link == LinkOutcome.LinkToContact || author.Decision.Link == LinkOutcome.CreateContact))
            .ToDictionary(author => author.ProfileId, author => author.ContactId!.Value));

    /// <summary>Moves each profile's open conversations to its contact: one query, one write per conversation moved.</summary>
    /// <param name="contactByProfile">The new contact of each profile that was just linked.</param>
    /// <returns>How many conversations moved.</returns>
    public int Follow(IReadOnlyDictionary<Guid, Guid> contactByProfile)
    {
        var moved = 0;
        foreach (var conversation in _conversations.FindOpenByOriginatingProfiles(contactByProfile.Keys))
        {
            var contact = contactByProfile[conversation.OriginatingProfileId!.Value];
            if (conversation.ContactId != contact)
            {
                _conversations.MoveToContact(conversation.Id, contact);
                moved++;
            }
        }

        return moved;
    }
}
