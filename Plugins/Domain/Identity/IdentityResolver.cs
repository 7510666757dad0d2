using System;
using System.Collections.Generic;
using System.Linq;
using SocialCrm.Plugins.Domain.Intake;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.Plugins.Domain.Identity;

/// <summary>
/// Decides what to do with the author of a mention: create or update their social profile, link it to a contact when
/// the evidence is strong, or create a contact. Evidence, strongest first:
/// <list type="bullet">
/// <item>a contact with the author's exact e-mail address: <see cref="LinkMethod.ExactEmail"/>, confidence 100;</item>
/// <item>a contact owning a profile with the author's handle on another linked network
/// (<see cref="LinkedNetworks"/>): <see cref="LinkMethod.SameHandleOnLinkedNetwork"/>, confidence 80.</item>
/// </list>
/// A name is never evidence. When the evidence names two or more different contacts the profile links to none and
/// the reason lists them. An existing link is kept as it is, and a blocked profile is never linked.
/// </summary>
public sealed class IdentityResolver
{
    public const int ExactEmailConfidence = 100;
    public const int SameHandleConfidence = 80;
    public const int CreatedContactConfidence = 100;

    private readonly bool _autoCreateContacts;

    /// <param name="autoCreateContacts">scrm_AutoCreateContacts: create a contact when none can be linked.</param>
    public IdentityResolver(bool autoCreateContacts)
    {
        _autoCreateContacts = autoCreateContacts;
    }

    /// <summary>The e-mail address to look contacts up by: the author's, else the one the profile already has.</summary>
    public static string? EmailToMatch(MentionAuthor author, ExistingProfile? existing) =>
        TextNormalizer.Email(author.Email) ?? TextNormalizer.Email(existing?.Email);

    /// <summary>The handle to look linked profiles up by: the author's, else the one the profile already has.</summary>
    public static string? HandleToMatch(MentionAuthor author, ExistingProfile? existing) =>
        TextNormalizer.Handle(author.Handle) ?? TextNormalizer.Handle(existing?.Handle);

    /// <param name="platform">The mention's platform.</param>
    /// <param name="author">The author as the mention gives it.</param>
    /// <param name="existing">The profile with the author's platform and external user id, or null.</param>
    /// <param name="emailMatches">Contacts found by <see cref="EmailToMatch"/>.</param>
    /// <param name="handleMatches">Linked profiles found by <see cref="HandleToMatch"/>, on any network.</param>
    public IdentityDecision Decide(
        SocialPlatform platform,
        MentionAuthor author,
        ExistingProfile? existing,
        IEnumerable<ContactEmailMatch> emailMatches,
        IEnumerable<ContactHandleMatch> handleMatches)
    {
        var externalUserId = TextNormalizer.Line(author.ExternalId)
            ?? throw new ArgumentException("The author has no external id; validate the mention first.", nameof(author));
        if (existing != null
            && (existing.Platform != platform || !string.Equals(existing.ExternalUserId, externalUserId, StringComparison.OrdinalIgnoreCase)))
        {
            throw new ArgumentException("The existing profile belongs to another platform or external user id.", nameof(existing));
        }

        var profile = Merge(platform, externalUserId, author, existing);
        var changed = existing == null ? ColumnsOfNewProfile(profile) : ChangedColumns(profile, existing);
        var blocked = existing?.Blocked ?? false;
        var link = DecideLink(platform, author, existing, profile, blocked,
            emailMatches ?? Enumerable.Empty<ContactEmailMatch>(), handleMatches ?? Enumerable.Empty<ContactHandleMatch>());

        if (LinkChanges(existing, link))
        {
            if (link.Outcome == LinkOutcome.LinkToContact || link.Outcome == LinkOutcome.CreateContact)
            {
                changed.Add(SocialProfileTable.Contact);
            }

            changed.Add(SocialProfileTable.LinkMethod);
            changed.Add(SocialProfileTable.LinkConfidence);
        }

        var action = existing == null ? ProfileAction.Create
            : changed.Count > 0 ? ProfileAction.Update
            : ProfileAction.Unchanged;
        return new IdentityDecision(action, profile, changed, link.Outcome, link.ContactId, link.Method, link.Confidence,
            link.Reason, link.NewContact, blocked);
    }

    private static ProfileValues Merge(SocialPlatform platform, string externalUserId, MentionAuthor author, ExistingProfile? existing)
    {
        var handle = TextNormalizer.Handle(author.Handle) ?? TextNormalizer.Handle(existing?.Handle);
        var displayName = TextNormalizer.Line(author.DisplayName) ?? TextNormalizer.Line(existing?.DisplayName);
        var email = TextNormalizer.Email(author.Email) ?? TextNormalizer.Email(existing?.Email);
        var followers = author.Followers ?? existing?.Followers;
        var verified = author.Verified ?? existing?.Verified ?? false;
        return new ProfileValues(platform, externalUserId, ProfileName(platform, externalUserId, handle, displayName),
            handle, displayName, email, followers, verified);
    }

    private static string ProfileName(SocialPlatform platform, string externalUserId, string? handle, string? displayName)
    {
        var who = handle != null ? "@" + handle : displayName ?? "user " + externalUserId;
        return Ellipsis.Fit(who + " on " + platform, SocialProfileTable.NameLength);
    }

    // A new profile always records how it was linked; an existing one only when that changes (a contact deleted since
    // leaves a stale method behind, which NotLinked then clears).
    private static bool LinkChanges(ExistingProfile? existing, LinkChoice link) =>
        existing == null
        || link.Outcome == LinkOutcome.LinkToContact
        || link.Outcome == LinkOutcome.CreateContact
        || (link.Outcome == LinkOutcome.NotLinked
            && (existing.LinkMethod != LinkMethod.NotLinked || (existing.LinkConfidence ?? 0) != 0));

    private static List<string> ColumnsOfNewProfile(ProfileValues profile)
    {
        var columns = new List<string>
        {
            SocialProfileTable.PrimaryName,
            SocialProfileTable.Platform,
            SocialProfileTable.ExternalUserId,
            SocialProfileTable.Verified,
        };
        AddIfSet(columns, SocialProfileTable.Handle, profile.Handle);
        AddIfSet(columns, SocialProfileTable.DisplayName, profile.DisplayName);
        AddIfSet(columns, SocialProfileTable.Email, profile.Email);
        if (profile.Followers.HasValue)
        {
            columns.Add(SocialProfileTable.Followers);
        }

        return columns;
    }

    // A value the source did not give never erases a stored one, so only given values that differ count as changes.
    private static List<string> ChangedColumns(ProfileValues profile, ExistingProfile existing)
    {
        var columns = new List<string>();
        var nameChanged = false;
        if (!string.Equals(profile.Handle, existing.Handle, StringComparison.Ordinal))
        {
            columns.Add(SocialProfileTable.Handle);
            nameChanged = true;
        }

        if (!string.Equals(profile.DisplayName, existing.DisplayName, StringComparison.Ordinal))
        {
            columns.Add(SocialProfileTable.DisplayName);
            nameChanged = true;
        }

        if (!string.Equals(profile.Email, existing.Email, StringComparison.Ordinal))
        {
            columns.Add(SocialProfileTable.Email);
        }

        if (profile.Followers != existing.Followers)
        {
            columns.Add(SocialProfileTable.Followers);
        }

        if (profile.Verified != existing.Verified)
        {
            columns.Add(SocialProfileTable.Verified);
        }

        if (nameChanged)
        {
            columns.Insert(0, SocialProfileTable.PrimaryName);
        }

        return columns;
    }

    private static void AddIfSet(List<string> columns, string column, string? value)
    {
        if (value != null)
        {
            columns.Add(column);
        }
    }

    private LinkChoice DecideLink(
        SocialPlatform platform,
        MentionAuthor author,
        ExistingProfile? existing,
        ProfileValues profile,
        bool blocked,
        IEnumerable<ContactEmailMatch> emailMatches,
        IEnumerable<ContactHandleMatch> handleMatches)
    {
        if (existing?.ContactId != null)
        {
            return new LinkChoice(LinkOutcome.KeepExisting, existing.ContactId, existing.LinkMethod, existing.LinkConfidence ?? 0,
                $"Already linked to contact {existing.ContactId.Value} ({existing.LinkMethod}); intake never changes a link.");
        }

        if (blocked)
        {
            return NotLinked("The profile is blocked: blocked profiles are never linked to a contact.");
        }

        var email = EmailToMatch(author, existing);
        var handle = HandleToMatch(author, existing);
        var byEmail = email == null
            ? new List<Guid>()
            : emailMatches.Where(match => string.Equals(TextNormalizer.Email(match.Email), email, StringComparison.Ordinal))
                .Select(match => match.ContactId).Distinct().ToList();
        var handleEvidence = handle == null
            ? new List<ContactHandleMatch>()
            : handleMatches.Where(match => LinkedNetworks.AreLinked(platform, match.Platform)
                    && string.Equals(TextNormalizer.Handle(match.Handle), handle, StringComparison.Ordinal))
                .ToList();
        var byHandle = handleEvidence.Select(match => match.ContactId).Distinct().ToList();
        var contacts = byEmail.Concat(byHandle).Distinct().ToList();

        if (contacts.Count == 1)
        {
            var contact = contacts[0];
            if (byEmail.Contains(contact))
            {
                return new LinkChoice(LinkOutcome.LinkToContact, contact, LinkMethod.ExactEmail, ExactEmailConfidence,
                    $"Contact {contact} has the e-mail address {email}.");
            }

            var networks = string.Join(", ", handleEvidence.Select(match => match.Platform.ToString()).Distinct());
            return new LinkChoice(LinkOutcome.LinkToContact, contact, LinkMethod.SameHandleOnLinkedNetwork, SameHandleConfidence,
                $"Contact {contact} has the handle @{handle} on {networks}.");
        }

        if (contacts.Count > 1)
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

            return NotLinked($"Ambiguous: {string.Join("; ", evidence)}. Linked to none; link the right contact by hand.");
        }

        var searched = Searched(email, handle, platform);
        if (!_autoCreateContacts)
        {
            return NotLinked($"{searched} A name alone never links.");
        }

        var newContact = ContactFrom(profile);
        if (newContact == null)
        {
            return NotLinked($"{searched} No name or e-mail address to create a contact from.");
        }

        return new LinkChoice(LinkOutcome.CreateContact, null, LinkMethod.CreatedContact, CreatedContactConfidence,
            $"{searched} Created a contact from the profile.", newContact);
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

    /// <summary>
    /// First and last name from the display name (the last word is the last name); without a display name, the e-mail
    /// address's local part as last name. Null when there is neither.
    /// </summary>
    private static NewContact? ContactFrom(ProfileValues profile)
    {
        if (profile.DisplayName != null)
        {
            var space = profile.DisplayName.LastIndexOf(' ');
            var firstName = space > 0 ? profile.DisplayName.Substring(0, space) : null;
            var lastName = space > 0 ? profile.DisplayName.Substring(space + 1) : profile.DisplayName;
            return new NewContact(
                firstName == null ? null : Ellipsis.Fit(firstName, StandardTables.Contact.FirstNameLength),
                Ellipsis.Fit(lastName, StandardTables.Contact.LastNameLength),
                profile.Email);
        }

        if (profile.Email != null)
        {
            var at = profile.Email.IndexOf('@');
            var localPart = at > 0 ? profile.Email.Substring(0, at) : profile.Email;
            return new NewContact(null, Ellipsis.Fit(localPart, StandardTables.Contact.LastNameLength), profile.Email);
        }

        return null;
    }

    private static LinkChoice NotLinked(string reason) =>
        new LinkChoice(LinkOutcome.NotLinked, null, LinkMethod.NotLinked, 0, reason);

    private sealed class LinkChoice
    {
        public LinkChoice(LinkOutcome outcome, Guid? contactId, LinkMethod method, int confidence, string reason, NewContact? newContact = null)
        {
            Outcome = outcome;
            ContactId = contactId;
            Method = method;
            Confidence = confidence;
            Reason = reason;
            NewContact = newContact;
        }

        public LinkOutcome Outcome { get; }

        public Guid? ContactId { get; }

        public LinkMethod Method { get; }

        public int Confidence { get; }

        public string Reason { get; }

        public NewContact? NewContact { get; }
    }
}
