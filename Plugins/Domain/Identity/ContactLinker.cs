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
        // The reasons are for the trace and the Custom API: written only when read, not for every author of a batch, and
        // each closure is made in the method that returns its choice, so an author pays only for the one it gets.
        if (existing?.ContactId != null)
        {
            return KeepExisting(existing, existing.ContactId.Value);
        }

        if (existing?.Blocked == true)
        {
            return LinkChoice.NotLinked(new DeferredText("The profile is blocked: blocked profiles are never linked to a contact."));
        }

        // Most authors have no evidence at all: the lists are made for the first match.
        var email = profile.Email;
        var handle = profile.Handle;
        List<Guid>? byEmail = null;
        if (email != null)
        {
            foreach (var match in emailMatches)
            {
                if (string.Equals(TextNormalizer.Email(match.Email), email, StringComparison.Ordinal))
                {
                    AddOnce(ref byEmail, match.ContactId);
                }
            }
        }

        List<ContactHandleMatch>? handleEvidence = null;
        List<Guid>? byHandle = null;
        if (handle != null)
        {
            foreach (var match in handleMatches)
            {
                if (LinkedNetworks.AreLinked(platform, match.Platform) && string.Equals(TextNormalizer.Handle(match.Handle), handle, StringComparison.Ordinal))
                {
                    (handleEvidence ??= new List<ContactHandleMatch>()).Add(match);
                    AddOnce(ref byHandle, match.ContactId);
                }
            }
        }

        var contacts = byEmail == null ? byHandle : new List<Guid>(byEmail);
        if (byEmail != null && byHandle != null)
        {
            foreach (var contact in byHandle)
            {
                AddOnce(ref contacts, contact);
            }
        }

        if (contacts?.Count == 1)
        {
            var contact = contacts[0];
            return byEmail != null && byEmail.Contains(contact)
                ? ByEmail(contact, email!)
                : ByHandle(contact, handle!, handleEvidence!);
        }

        if (contacts?.Count > 1)
        {
            return Ambiguous(email, byEmail, handle, byHandle);
        }

        if (!_autoCreateContacts)
        {
            return NotFound(email, handle, platform, " A name alone never links.");
        }

        var newContact = NewContact.From(profile);
        if (newContact == null)
        {
            return NotFound(email, handle, platform, " No name or e-mail address to create a contact from.");
        }

        return Create(email, handle, platform, newContact);
    }

    private static void AddOnce(ref List<Guid>? contacts, Guid contact)
    {
        contacts ??= new List<Guid>(1);
        if (!contacts.Contains(contact))
        {
            contacts.Add(contact);
        }
    }

    private static LinkChoice KeepExisting(ExistingProfile existing, Guid contact) =>
        new LinkChoice(LinkOutcome.KeepExisting, contact, existing.LinkMethod, existing.LinkConfidence ?? 0,
            new DeferredText(() => $"Already linked to contact {contact} ({existing.LinkMethod}); intake never changes a link."));

    private static LinkChoice ByEmail(Guid contact, string email) =>
        new LinkChoice(LinkOutcome.LinkToContact, contact, LinkMethod.ExactEmail, IdentityResolver.ExactEmailConfidence,
            new DeferredText(() => $"Contact {contact} has the e-mail address {email}."));

    private static LinkChoice ByHandle(Guid contact, string handle, List<ContactHandleMatch> evidence) =>
        new LinkChoice(LinkOutcome.LinkToContact, contact, LinkMethod.SameHandleOnLinkedNetwork, IdentityResolver.SameHandleConfidence,
            new DeferredText(() => $"Contact {contact} has the handle @{handle} on {string.Join(", ", evidence.Select(match => match.Platform.ToString()).Distinct())}."));

    private static LinkChoice Ambiguous(string? email, List<Guid>? byEmail, string? handle, List<Guid>? byHandle) =>
        LinkChoice.NotLinked(new DeferredText(() => AmbiguousReason(email, byEmail, handle, byHandle)));

    private static LinkChoice NotFound(string? email, string? handle, SocialPlatform platform, string outcome) =>
        LinkChoice.NotLinked(new DeferredText(() => Searched(email, handle, platform) + outcome));

    private static LinkChoice Create(string? email, string? handle, SocialPlatform platform, NewContact contact) =>
        new LinkChoice(LinkOutcome.CreateContact, null, LinkMethod.CreatedContact, IdentityResolver.CreatedContactConfidence,
            new DeferredText(() => $"{Searched(email, handle, platform)} Created a contact from the profile."), contact);

    private static string AmbiguousReason(string? email, List<Guid>? byEmail, string? handle, List<Guid>? byHandle)
    {
        var evidence = new List<string>();
        if (byEmail != null)
        {
            evidence.Add($"e-mail address {email} belongs to {Contacts(byEmail)}");
        }

        if (byHandle != null)
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
