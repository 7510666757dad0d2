using System;
using System.Collections.Generic;
using System.Linq;
using SocialCrm.Mentions;
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

    private readonly ContactLinker _linker;

    /// <param name="autoCreateContacts">scrm_AutoCreateContacts: create a contact when none can be linked.</param>
    public IdentityResolver(bool autoCreateContacts)
    {
        _linker = new ContactLinker(autoCreateContacts);
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
    /// <param name="saidOn">When the network said what <paramref name="author"/> holds; null: not known.</param>
    public IdentityDecision Decide(
        SocialPlatform platform,
        MentionAuthor author,
        ExistingProfile? existing,
        IEnumerable<ContactEmailMatch> emailMatches,
        IEnumerable<ContactHandleMatch> handleMatches,
        DateTime? saidOn = null)
    {
        var externalUserId = TextNormalizer.Line(author.ExternalId)
            ?? throw new ArgumentException("The author has no external id; validate the mention first.", nameof(author));
        if (existing != null
            && (existing.Platform != platform || !string.Equals(existing.ExternalUserId, externalUserId, StringComparison.OrdinalIgnoreCase)))
        {
            throw new ArgumentException("The existing profile belongs to another platform or external user id.", nameof(existing));
        }

        var profile = ProfileMerge.Merge(platform, externalUserId, author, existing, saidOn);
        var changed = existing == null ? ProfileMerge.ColumnsOfNew(profile) : ProfileMerge.ChangedColumns(profile, existing);
        var link = _linker.Decide(platform, existing, profile,
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
            link.Reason, link.NewContact, existing?.Blocked ?? false);
    }

    // A new profile always records how it was linked; an existing one only when that changes (a contact deleted since
    // leaves a stale method behind, which NotLinked then clears).
    private static bool LinkChanges(ExistingProfile? existing, LinkChoice link) =>
        existing == null
        || link.Outcome == LinkOutcome.LinkToContact
        || link.Outcome == LinkOutcome.CreateContact
        || (link.Outcome == LinkOutcome.NotLinked
            && (existing.LinkMethod != LinkMethod.NotLinked || (existing.LinkConfidence ?? 0) != 0));
}
