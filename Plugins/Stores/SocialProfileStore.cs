using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Application;
using SocialCrm.Plugins.Domain.Identity;
using SocialCrm.Plugins.Domain.Rollups;
using SocialCrm.Plugins.Schema;
using Table = SocialCrm.Plugins.Schema.SocialProfileTable;

namespace SocialCrm.Plugins.Stores;

/// <summary>scrm_socialprofile: reads a whole batch's profiles in one query, writes one row per changed profile.</summary>
public sealed class SocialProfileStore : ISocialProfileStore
{
    // A new array per query: a static array could be changed by anyone holding it, and plug-ins keep no mutable statics.
    private static string[] Columns() => new[]
    {
        Table.Platform, Table.ExternalUserId, Table.Handle, Table.DisplayName, Table.Email, Table.Followers, Table.Verified,
        Table.Contact, Table.LinkMethod, Table.LinkConfidence, Table.Blocked, Table.MentionCount, Table.ScoredMentionCount,
        Table.LastMentionOn, Table.AverageSentiment, Table.TotalEngagement, Table.InfluenceScore, Table.IdentityAsOf,
    };

    private readonly IOrganizationService _service;
    private readonly RowColumns _columns = new RowColumns();

    public SocialProfileStore(IOrganizationService service)
    {
        _service = service;
    }

    /// <summary>The profiles with these alternate keys, in one query (platform In and external user id In).</summary>
    public Dictionary<ProfileKey, StoredProfile> FindByKeys(IEnumerable<ProfileKey> keys)
    {
        var wanted = new HashSet<ProfileKey>(keys);
        var found = new Dictionary<ProfileKey, StoredProfile>();
        if (wanted.Count == 0)
        {
            return found;
        }

        var query = new QueryExpression(Table.LogicalName) { ColumnSet = new ColumnSet(Columns()) };
        query.Criteria.AddKeyConditions(wanted, Table.Platform, key => key.Platform, Table.ExternalUserId, key => key.ExternalUserId);
        foreach (var row in _service.RetrieveAll(query))
        {
            // The two In lists also match crossed pairs (platform of one key, id of another); keep the asked pairs.
            if (Map(row) is { } profile && wanted.Contains(profile.Key))
            {
                found[profile.Key] = profile;
            }
        }

        return found;
    }

    /// <summary>The profiles with these ids, in one query.</summary>
    public Dictionary<Guid, StoredProfile> FindByIds(IEnumerable<Guid> ids)
    {
        var wanted = ids.Distinct().Select(id => (object)id).ToArray();
        if (wanted.Length == 0)
        {
            return new Dictionary<Guid, StoredProfile>();
        }

        var query = new QueryExpression(Table.LogicalName) { ColumnSet = new ColumnSet(Columns()) };
        query.Criteria.AddCondition(Table.PrimaryId, ConditionOperator.In, wanted);
        return _service.RetrieveAll(query).Select(Map).Where(profile => profile != null).ToDictionary(profile => profile!.Id, profile => profile!);
    }

    /// <summary>
    /// Profiles linked to a contact whose handle is one of <paramref name="handles"/>, on any network: the evidence
    /// <see cref="IdentityResolver"/> weighs for "same handle on a linked network". One query.
    /// </summary>
    public List<ContactHandleMatch> FindLinkedByHandles(IEnumerable<string> handles)
    {
        var wanted = handles.Distinct(StringComparer.OrdinalIgnoreCase).Select(handle => (object)handle).ToArray();
        if (wanted.Length == 0)
        {
            return new List<ContactHandleMatch>();
        }

        var query = new QueryExpression(Table.LogicalName) { ColumnSet = new ColumnSet(Table.Platform, Table.Handle, Table.Contact) };
        query.Criteria.AddCondition(Table.Handle, ConditionOperator.In, wanted);
        query.Criteria.AddCondition(Table.Contact, ConditionOperator.NotNull);
        var matches = new List<ContactHandleMatch>();
        foreach (var row in _service.RetrieveAll(query))
        {
            if (KnownPlatform(row.OptionValue(Table.Platform)) is { } platform && row.ReferenceId(Table.Contact) is { } contact && row.Text(Table.Handle) is { } handle)
            {
                matches.Add(new ContactHandleMatch(contact, platform, handle));
            }
        }

        return matches;
    }

    /// <summary>Creates the profile intake decided on, linked to <paramref name="contactId"/> when it has one, with its figures.</summary>
    public Guid Create(IdentityDecision decision, Guid? contactId, ProfileFigures? figures)
    {
        // A new row's columns start empty (none of these has a default), so an empty value is left out, not written.
        Write(decision, contactId, withEmpty: false);
        Write(figures, stored: null);
        return _service.Create(_columns.NewRow(Table.LogicalName));
    }

    /// <summary>
    /// Writes the columns intake changed and the figures that differ from <paramref name="stored"/>, in one request;
    /// none when nothing changed.
    /// </summary>
    public void Update(Guid id, IdentityDecision decision, Guid? contactId, ProfileFigures? figures, ProfileFigures stored)
    {
        if (decision.ChangedColumns.Count == 0 && figures == null)
        {
            return;
        }

        Write(decision, contactId, withEmpty: true);
        Write(figures, stored);
        if (_columns.Count > 0)
        {
            _service.Update(_columns.Row(Table.LogicalName, id));
        }
    }

    /// <summary>Writes the profile's figures alone, when only what its mentions say has changed.</summary>
    public void WriteFigures(Guid id, ProfileFigures figures)
    {
        var row = new Entity(Table.LogicalName, id);
        Write(row, figures);
        _service.Update(row);
    }

    /// <summary>Links the profile to a contact, recording how and how sure.</summary>
    public void Link(Guid id, Guid contactId, LinkMethod method, int confidence)
    {
        _service.Update(new Entity(Table.LogicalName, id)
        {
            [Table.Contact] = new EntityReference(StandardTables.Contact.LogicalName, contactId),
            [Table.LinkMethod] = new OptionSetValue((int)method),
            [Table.LinkConfidence] = confidence,
        });
    }

    public DateTime? AccountStatusAsOf(Guid id) =>
        _service.Retrieve(Table.LogicalName, id, new ColumnSet(Table.AccountStatusAsOf)).UtcDate(Table.AccountStatusAsOf);

    public void SetAccountStatus(Guid id, AccountStatus status, DateTime asOf) =>
        _service.Update(new Entity(Table.LogicalName, id)
        {
            [Table.AccountStatus] = new OptionSetValue((int)status),
            [Table.AccountStatusAsOf] = asOf,
        });

    private void Write(IdentityDecision decision, Guid? contactId, bool withEmpty)
    {
        var profile = decision.Profile;
        foreach (var column in decision.ChangedColumns)
        {
            _columns.Set(column, column switch
            {
                Table.PrimaryName => profile.Name,
                Table.Platform => new OptionSetValue((int)profile.Platform),
                Table.ExternalUserId => profile.ExternalUserId,
                Table.Handle => profile.Handle,
                Table.DisplayName => profile.DisplayName,
                Table.Email => profile.Email,
                Table.Followers => _columns.Boxed(profile.Followers),
                Table.Verified => _columns.Boxed(profile.Verified),
                Table.IdentityAsOf => profile.IdentityAsOf,
                Table.Contact => contactId.HasValue ? new EntityReference(StandardTables.Contact.LogicalName, contactId.Value) : null,
                Table.LinkMethod => new OptionSetValue((int)decision.LinkMethod),
                Table.LinkConfidence => _columns.Boxed(decision.LinkConfidence),
                _ => throw new InvalidOperationException($"Identity resolution changed {column}, which the profile store does not write."),
            }, withEmpty);
        }
    }

    // The figures a row carries. A new row (stored null) gets those with a value: its columns start empty. A stored row
    // gets those that differ from what it holds: they read back exactly as stored (whole numbers, the time, the average
    // at its column's places), so an equal value is the stored one and writing it changes nothing a user can see.
    private void Write(ProfileFigures? figures, ProfileFigures? stored)
    {
        if (figures == null)
        {
            return;
        }

        SetFigure(Table.MentionCount, _columns.Boxed(figures.MentionCount), stored, stored?.MentionCount != figures.MentionCount);
        SetFigure(Table.ScoredMentionCount, _columns.Boxed(figures.ScoredMentionCount), stored, stored?.ScoredMentionCount != figures.ScoredMentionCount);
        SetFigure(Table.LastMentionOn, figures.LastMentionOn, stored, stored?.LastMentionOn != figures.LastMentionOn);
        var average = Decimals.Sentiment(figures.AverageSentiment);
        SetFigure(Table.AverageSentiment, average, stored, Decimals.Sentiment(stored?.AverageSentiment) != average);
        SetFigure(Table.TotalEngagement, _columns.Boxed(figures.TotalEngagement), stored, stored?.TotalEngagement != figures.TotalEngagement);
        SetFigure(Table.InfluenceScore, _columns.Boxed(figures.InfluenceScore), stored, stored?.InfluenceScore != figures.InfluenceScore);
    }

    private void SetFigure(string column, object? value, ProfileFigures? stored, bool changed)
    {
        if (stored == null ? value != null : changed)
        {
            _columns.Set(column, value);
        }
    }

    // All the figures, for a profile whose stored figures are not at hand.
    private static void Write(Entity row, ProfileFigures figures)
    {
        row[Table.MentionCount] = figures.MentionCount;
        row[Table.ScoredMentionCount] = figures.ScoredMentionCount;
        row[Table.LastMentionOn] = figures.LastMentionOn;
        row[Table.AverageSentiment] = Decimals.Sentiment(figures.AverageSentiment);
        row[Table.TotalEngagement] = figures.TotalEngagement;
        row[Table.InfluenceScore] = figures.InfluenceScore;
    }

    /// <summary>The profile of a row read from the table; null without a known key.</summary>
    public static StoredProfile? Map(Entity row)
    {
        var platform = KnownPlatform(row.OptionValue(Table.Platform));
        var externalUserId = row.Text(Table.ExternalUserId);
        if (!platform.HasValue || externalUserId == null)
        {
            return null;
        }

        var linkMethod = row.OptionValue(Table.LinkMethod);
        var identity = new ExistingProfile(
            row.Id,
            platform.Value,
            externalUserId,
            row.Text(Table.Handle),
            row.Text(Table.DisplayName),
            row.Text(Table.Email),
            row.WholeNumber(Table.Followers),
            row.BooleanValue(Table.Verified) ?? false,
            row.ReferenceId(Table.Contact),
            linkMethod.HasValue && ChoiceOptions.IsLinkMethod(linkMethod.Value) ? (LinkMethod)linkMethod.Value : LinkMethod.NotLinked,
            row.WholeNumber(Table.LinkConfidence),
            row.BooleanValue(Table.Blocked) ?? false,
            row.UtcDate(Table.IdentityAsOf));
        var figures = new ProfileFigures(
            row.WholeNumber(Table.MentionCount) ?? 0,
            row.WholeNumber(Table.ScoredMentionCount) ?? 0,
            row.UtcDate(Table.LastMentionOn),
            row.NumberValue(Table.AverageSentiment),
            row.WholeNumber(Table.TotalEngagement) ?? 0,
            row.WholeNumber(Table.InfluenceScore) ?? 0);
        return new StoredProfile(identity, figures);
    }

    private static SocialPlatform? KnownPlatform(int? value) =>
        value.HasValue && Choices.IsPlatform(value.Value) ? (SocialPlatform)value.Value : (SocialPlatform?)null;
}
