using System;
using System.Collections.Generic;
using System.Linq;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Domain.Intake;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.Plugins.Domain.Identity;

/// <summary>Weighs the evidence about who a profile belongs to; see <see cref="IdentityResolver"/> for the rules.</summary>
internal sealed class ContactLinker
{
    private readonly bool _autoCreateContacts;

    public ContactLinker(bool autoCreateContacts)
    {
        _autoCreateContacts = autoCreateContacts;
    }

    public LinkChoice Decide(
        SocialPlatform platform,
        ExistingProfile? existing,
        ProfileValues profile,
        IEnumerable<ContactEmailMatch> emailMatches,
        IEnumerable<ContactHandleMatch> handleMatches)
    {
        // The reasons are for the trace and the Custom API: written only when read, not for every author of a batch.
        if (existing?.ContactId != null)
        {
            return new LinkChoice(LinkOutcome.KeepExisting, existing.ContactId, existing.LinkMethod, existing.LinkConfidence ?? 0,
                new DeferredText(() => $"Already linked to contact {existing.ContactId.Value} ({existing.LinkMethod}); intake never changes a link."));
        }

        if (existing?.Blocked == true)
        {
            return LinkChoice.NotLinked(new DeferredText("The profile is blocked: blocked profiles are never linked to a contact."));
        }

        var email = profile.Email;
        var handle = profile.Handle;
        var byEmail = new List<Guid>();
        if (email != null)
        {
            foreach (var match in emailMatches)
            {
                if (string.Equals(TextNormalizer.Email(match.Email), email, StringComparison.Ordinal) && !byEmail.Contains(match.ContactId))
                {
                    byEmail.Add(match.ContactId);
                }
            }
        }

        var handleEvidence = new List<ContactHandleMatch>();
        var byHandle = new List<Guid>();
        if (handle != null)
        {
            foreach (var match in handleMatches)
            {
                if (LinkedNetworks.AreLinked(platform, match.Platform) && string.Equals(TextNormalizer.Handle(match.Handle), handle, StringComparison.Ordinal))
                {
                    handleEvidence.Add(match);
                    if (!byHandle.Contains(match.ContactId))
                    {
                        byHandle.Add(match.ContactId);
                    }
                }
            }
        }

        var contacts = new List<Guid>(byEmail);
        foreach (var contact in byHandle)
        {
            if (!contacts.Contains(contact))
            {
                contacts.Add(contact);
            }
        }

        if (contacts.Count == 1)
        {
            var contact = contacts[0];
            if (byEmail.Contains(contact))
            {
                return new LinkChoice(LinkOutcome.LinkToContact, contact, LinkMethod.ExactEmail, IdentityResolver.ExactEmailConfidence,
                    new DeferredText(() => $"Contact {contact} has the e-mail address {email}."));
            }

            return new LinkChoice(LinkOutcome.LinkToContact, contact, LinkMethod.SameHandleOnLinkedNetwork, IdentityResolver.SameHandleConfidence,
                new DeferredText(() => $"Contact {contact} has the handle @{handle} on {string.Join(", ", handleEvidence.Select(match => match.Platform.ToString()).Distinct())}."));
        }

        if (contacts.Count > 1)
        {
            return LinkChoice.NotLinked(new DeferredText(() => Ambiguous(email, byEmail, handle, byHandle)));
        }

        if (!_autoCreateContacts)
        {
            return LinkChoice.NotLinked(new DeferredText(() => $"{Searched(email, handle, platform)} A name alone never links."));
        }

        var newContact = NewContact.From(profile);
        if (newContact == null)
        {
            return LinkChoice.NotLinked(new DeferredText(() => $"{Searched(email, handle, platform)} No name or e-mail address to create a contact from."));
        }

        return new LinkChoice(LinkOutcome.CreateContact, null, LinkMethod.CreatedContact, IdentityResolver.CreatedContactConfidence,
            new DeferredText(() => $"{Searched(email, handle, platform)} Created a contact from the profile."), newContact);
    }

    private static string Ambiguous(string? email, List<Guid> byEmail, string? handle, List<Guid> byHandle)
    {
        var evidence = new List<string>();
        if (byEmail.Count > 0)
        {
            evidence.Add($"e-mail address {email} belongs to {Contacts(byEmail)}");
        }

        if (byHandle.Count > 0)
        {
            evidence.Add($"handle @{handle} on a linked network belongs to {Contacts(byHandle)}");
        }

        return $"Ambiguous: {string.Join("; ", evidence)}. Linked to none; link the right contact by hand.";
    }

    private static string Searched(string? email, string? handle, SocialPlatform platform)
    {
        var searched = new List<string>();
        if (email != null)
        {
            searched.Add($"the e-mail address {email}");
        }

        if (handle != null && LinkedNetworks.Contains(platform))
        {
            searched.Add($"the handle @{handle} on another linked network");
        }

        return searched.Count == 0
            ? "No e-mail address or linked-network handle to match contacts by."
            : $"No contact has {string.Join(" or ", searched)}.";
    }

    private static string Contacts(IEnumerable<Guid> contacts) =>
        "contacts " + string.Join(", ", contacts.Select(id => id.ToString()));
}
