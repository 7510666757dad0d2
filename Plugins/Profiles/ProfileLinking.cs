using System;
using Microsoft.Xrm.Sdk;
using SocialCrm.Plugins.Domain.Identity;
using SocialCrm.Plugins.Schema;
using SocialCrm.Plugins.Stores;

namespace SocialCrm.Plugins.Profiles;

/// <summary>
/// An agent's link of a social profile to a contact: recorded as Manual with full confidence, and the profile's open
/// conversations follow it to the contact so that they show on the contact's form. Closed conversations keep the contact
/// they had when they closed: they are history.
/// </summary>
public sealed class ProfileLinking
{
    public const int ManualConfidence = 100;

    private readonly SocialProfileStore _profiles;
    private readonly ContactStore _contacts;
    private readonly ConversationStore _conversations;

    public ProfileLinking(SocialProfileStore profiles, ContactStore contacts, ConversationStore conversations)
    {
        _profiles = profiles;
        _contacts = contacts;
        _conversations = conversations;
    }

    /// <summary>Links the profile and returns how many open conversations moved to the contact.</summary>
    /// <exception cref="InvalidPluginExecutionException">The profile or the contact does not exist.</exception>
    public int Link(Guid profileId, Guid contactId)
    {
        if (!_profiles.FindByIds(new[] { profileId }).ContainsKey(profileId))
        {
            throw new InvalidPluginExecutionException($"{SocialProfileTable.LogicalName} {profileId} does not exist.");
        }

        if (!_contacts.FindExisting(new[] { contactId }).Contains(contactId))
        {
            throw new InvalidPluginExecutionException($"{StandardTables.Contact.LogicalName} {contactId} does not exist.");
        }

        _profiles.Link(profileId, contactId, LinkMethod.Manual, ManualConfidence);
        var moved = 0;
        foreach (var conversation in _conversations.FindOpenByOriginatingProfile(profileId))
        {
            if (conversation.ContactId != contactId)
            {
                _conversations.MoveToContact(conversation.Id, contactId);
                moved++;
            }
        }

        return moved;
    }
}
