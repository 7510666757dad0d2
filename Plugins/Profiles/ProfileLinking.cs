using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using SocialCrm.Plugins.Conversations;
using SocialCrm.Plugins.Domain.Identity;
using SocialCrm.Plugins.Schema;
using SocialCrm.Plugins.Stores;

namespace SocialCrm.Plugins.Profiles;

/// <summary>
/// An agent's link of a social profile to a contact: recorded as Manual with full confidence, and the profile's open
/// conversations follow it to the contact (<see cref="ConversationContacts"/>).
/// </summary>
public sealed class ProfileLinking
{
    public const int ManualConfidence = 100;

    private readonly SocialProfileStore _profiles;
    private readonly ContactStore _contacts;
    private readonly ConversationContacts _conversationContacts;

    public ProfileLinking(SocialProfileStore profiles, ContactStore contacts, ConversationStore conversations)
    {
        _profiles = profiles;
        _contacts = contacts;
        _conversationContacts = new ConversationContacts(conversations);
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
        return _conversationContacts.Follow(new Dictionary<Guid, Guid> { [profileId] = contactId });
    }
}
