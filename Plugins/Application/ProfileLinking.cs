using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using SocialCrm.Plugins.Domain.Identity;
using SocialCrm.Plugins.Schema;
using SocialCrm.Plugins.Stores;

namespace SocialCrm.Plugins.Application;

/// <summary>
/// An agent's link of a social profile to a contact: recorded as Manual with full confidence, and the profile's open
/// conversations follow it to the contact (<see cref="ConversationContacts"/>).
/// </summary>
public sealed class ProfileLinking
{
    public const int ManualConfidence = 100;

    private readonly ISocialProfileStore _profiles;
    private readonly IContactStore _contacts;
    private readonly ConversationContacts _conversationContacts;

    public ProfileLinking(SocialCrmStores stores)
    {
        _profiles = stores.Profiles;
        _contacts = stores.Contacts;
        _conversationContacts = new ConversationContacts(stores.Conversations);
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
