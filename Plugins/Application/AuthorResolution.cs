using System;
using System.Collections.Generic;
using System.Linq;
using SocialCrm.Plugins.Domain.Identity;
using SocialCrm.Plugins.Domain.Rollups;
using SocialCrm.Plugins.Domain.Intake;
using SocialCrm.Plugins.Stores;

namespace SocialCrm.Plugins.Application;

/// <summary>
/// Resolves a batch of authors to social profiles with the rules of <see cref="IdentityResolver"/>: three queries for
/// any batch (profiles by key, contacts by e-mail, linked profiles by handle), then one write per contact or profile
/// that is created or changes. Mention intake (which adds each profile's new figures to that one write) and the
/// ResolveSocialIdentity Custom API both run it.
/// </summary>
public sealed class AuthorResolution
{
    private readonly ISocialProfileStore _profiles;
    private readonly IContactStore _contacts;
    private readonly IdentityResolver _resolver;
    private readonly IdentityResolver _resolverWithoutCreation;

    public AuthorResolution(ISocialProfileStore profiles, IContactStore contacts, bool autoCreateContacts)
    {
        _profiles = profiles;
        _contacts = contacts;
        _resolver = new IdentityResolver(autoCreateContacts);
        _resolverWithoutCreation = new IdentityResolver(autoCreateContacts: false);
    }

    /// <summary>Resolves each distinct author once and writes their profiles (see <see cref="Decide"/>).</summary>
    public Dictionary<ProfileKey, ResolvedAuthor> Resolve(IEnumerable<AuthorToResolve> authors) =>
        Write(Decide(authors), new Dictionary<ProfileKey, ProfileFigures>());

    /// <summary>
    /// Decides who each distinct author is, in three queries, writing nothing. Authors are given oldest post first.
    /// The newest value the network said wins, by when it said it, never by arrival: the stored profile takes its place
    /// among the batch's posts by <see cref="SaidOn"/>, and each value a later post gives wins while one it leaves out
    /// keeps the earlier one. A post older than the profile (late, redelivered, or overtaken by an identity change) only
    /// fills what the profile lacks.
    /// </summary>
    public AuthorDecisions Decide(IEnumerable<AuthorToResolve> authors)
    {
        var postsByKey = new Dictionary<ProfileKey, List<AuthorToResolve>>(authors is IReadOnlyCollection<AuthorToResolve> all ? all.Count : 0);
        foreach (var author in authors)
        {
            if (!postsByKey.TryGetValue(author.Key, out var posts))
            {
                postsByKey[author.Key] = posts = new List<AuthorToResolve>(1);
            }

            posts.Add(author);
        }

        var existing = _profiles.FindByKeys(postsByKey.Keys);
        var merged = new List<AuthorToResolve>(postsByKey.Count);
        var stored = new List<ExistingProfile?>(postsByKey.Count);
        var emails = new List<string?>(postsByKey.Count);
        var handles = new List<string?>(postsByKey.Count);
        foreach (var pair in postsByKey)
        {
            var profile = Find(existing, pair.Key);
            var author = InTimeOrder(pair.Value, profile);
            merged.Add(author);
            stored.Add(profile?.Identity);
            emails.Add(IdentityResolver.EmailToMatch(author.Author, profile?.Identity));
            handles.Add(IdentityResolver.HandleToMatch(author.Author, profile?.Identity));
        }

        var contactsByEmail = _contacts.FindByEmails(Present(emails)).ToLookup(match => match.Email, StringComparer.OrdinalIgnoreCase);
        var linkedByHandle = _profiles.FindLinkedByHandles(Present(handles)).ToLookup(match => match.Handle, StringComparer.OrdinalIgnoreCase);

        var decisions = new Dictionary<ProfileKey, IdentityDecision>(merged.Count);
        for (var index = 0; index < merged.Count; index++)
        {
            var author = merged[index];
            var email = emails[index];
            var handle = handles[index];
            decisions[author.Key] = (author.MayCreateContact ? _resolver : _resolverWithoutCreation).Decide(
                author.Platform,
                author.Author,
                stored[index],
                email != null ? contactsByEmail[email] : Enumerable.Empty<ContactEmailMatch>(),
                handle != null ? linkedByHandle[handle] : Enumerable.Empty<ContactHandleMatch>(),
                author.PostedOn);
        }

        return new AuthorDecisions(existing, decisions);
    }

    /// <summary>
    /// Creates the contacts the decisions call for, then writes each profile once: its changed columns and, when
    /// <paramref name="figures"/> has them, its figures after the batch (those that changed, for a stored profile).
    /// </summary>
    public Dictionary<ProfileKey, ResolvedAuthor> Write(AuthorDecisions authors, IReadOnlyDictionary<ProfileKey, ProfileFigures> figures)
    {
        var createdContacts = CreateContacts(authors.Decisions.Values);
        var resolved = new Dictionary<ProfileKey, ResolvedAuthor>(authors.Decisions.Count);
        foreach (var pair in authors.Decisions)
        {
            var decision = pair.Value;
            var contactId = decision.ContactId
                ?? (decision.NewContact != null ? createdContacts[decision.NewContact] : (Guid?)null);
            var after = figures.TryGetValue(pair.Key, out var found) ? found : null;
            Guid profileId;
            ProfileFigures before;
            if (authors.Existing.TryGetValue(pair.Key, out var stored))
            {
                profileId = stored.Id;
                before = stored.Figures;
                _profiles.Update(profileId, decision, contactId, after, before);
            }
            else
            {
                profileId = _profiles.Create(decision, contactId, after);
                before = ProfileFigures.Empty;
            }

            resolved[pair.Key] = new ResolvedAuthor(profileId, decision, contactId, before);
        }

        return resolved;
    }

    // The values to look up, without the authors that have none.
    private static List<string> Present(List<string?> values)
    {
        var present = new List<string>(values.Count);
        foreach (var value in values)
        {
            if (value != null)
            {
                present.Add(value);
            }
        }

        return present;
    }

    // Two new people of one batch with the same e-mail address are one person: one contact for both.
    private Dictionary<NewContact, Guid> CreateContacts(IEnumerable<IdentityDecision> decisions)
    {
        var created = new Dictionary<NewContact, Guid>();
        var byEmail = new Dictionary<string, Guid>(StringComparer.OrdinalIgnoreCase);
        foreach (var contact in decisions.Where(decision => decision.Link == LinkOutcome.CreateContact && decision.NewContact != null).Select(decision => decision.NewContact!))
        {
            if (contact.Email != null && byEmail.TryGetValue(contact.Email, out var sameEmail))
            {
                created[contact] = sameEmail;
                continue;
            }

            var id = _contacts.Create(contact);
            created[contact] = id;
            if (contact.Email != null)
            {
                byEmail[contact.Email] = id;
            }
        }

        return created;
    }

    private static AuthorToResolve Later(AuthorToResolve earlier, AuthorToResolve later) =>
        new AuthorToResolve(later.Key, later.Author.FillingGapsFrom(earlier.Author),
            earlier.MayCreateContact && later.MayCreateContact, Newest(earlier.PostedOn, later.PostedOn));

    // The posts older than the profile, then the profile, then the posts no older: each over what came before it.
    private static AuthorToResolve InTimeOrder(List<AuthorToResolve> posts, StoredProfile? stored)
    {
        var saidOn = stored == null ? null : SaidOn(stored);
        bool Older(AuthorToResolve post) => saidOn.HasValue && post.PostedOn.HasValue && post.PostedOn.Value < saidOn.Value;

        AuthorToResolve? merged = null;
        foreach (var post in posts)
        {
            if (Older(post))
            {
                merged = merged == null ? post : Later(merged, post);
            }
        }

        if (merged != null)
        {
            var known = stored!.Identity;
            var storedAuthor = new MentionAuthor(known.ExternalUserId, known.Handle, known.DisplayName, known.Email, known.Followers, known.Verified);
            merged = new AuthorToResolve(merged.Platform, storedAuthor.FillingGapsFrom(merged.Author), merged.MayCreateContact, merged.PostedOn);
        }

        foreach (var post in posts)
        {
            if (!Older(post))
            {
                merged = merged == null ? post : Later(merged, post);
            }
        }

        return merged!;
    }

    // When the network said what the profile holds: its last identity change or its last mention, whichever is newer.
    private static DateTime? SaidOn(StoredProfile stored) =>
        Newest(stored.Identity.IdentityAsOf, stored.Figures.LastMentionOn) ?? stored.Identity.IdentityAsOf ?? stored.Figures.LastMentionOn;

    // A post without a time is now: the newest of any two.
    private static DateTime? Newest(DateTime? first, DateTime? second) =>
        !first.HasValue || !second.HasValue ? null : first.Value >= second.Value ? first : second;

    private static StoredProfile? Find(IReadOnlyDictionary<ProfileKey, StoredProfile> profiles, ProfileKey key) =>
        profiles.TryGetValue(key, out var profile) ? profile : null;
}
