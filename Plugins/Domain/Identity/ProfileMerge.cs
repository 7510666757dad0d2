using System;
using System.Collections.Generic;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Domain.Intake;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.Plugins.Domain.Identity;

/// <summary>
/// Merges what a mention says about its author into their profile. A value the source did not give never erases a
/// stored one, so only given values that differ count as changes.
/// </summary>
internal static class ProfileMerge
{
    /// <param name="saidOn">When the network said what <paramref name="author"/> holds; null: not known.</param>
    public static ProfileValues Merge(SocialPlatform platform, string externalUserId, MentionAuthor author, ExistingProfile? existing, DateTime? saidOn)
    {
        var handle = TextNormalizer.Handle(author.Handle) ?? TextNormalizer.Handle(existing?.Handle);
        var displayName = TextNormalizer.Line(author.DisplayName) ?? TextNormalizer.Line(existing?.DisplayName);
        var email = TextNormalizer.Email(author.Email) ?? TextNormalizer.Email(existing?.Email);
        var followers = author.Followers ?? existing?.Followers;
        var verified = author.Verified ?? existing?.Verified ?? false;

        // A report that says nothing of the identity (an account event) does not date it: its time is the account status's.
        var saysIdentity = author.Handle != null || author.DisplayName != null || author.Email != null || author.Followers.HasValue || author.Verified.HasValue;
        return new ProfileValues(platform, externalUserId, handle, displayName, email, followers, verified, saysIdentity ? Newest(saidOn, existing?.IdentityAsOf) : existing?.IdentityAsOf);
    }

    /// <summary>The columns a new profile is created with.</summary>
    public static List<string> ColumnsOfNew(ProfileValues profile)
    {
        // Room for every column identity resolution may add (the link's three included), so the list never grows.
        var columns = new List<string>(12)
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

        if (profile.IdentityAsOf.HasValue)
        {
            columns.Add(SocialProfileTable.IdentityAsOf);
        }

        return columns;
    }

    /// <summary>The columns of an existing profile that the merged values change; the name follows handle and display name.</summary>
    public static List<string> ChangedColumns(ProfileValues profile, ExistingProfile existing)
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

        // Only a change of what the network said moves its time; a repeat of it writes nothing.
        if (columns.Count > 0 && profile.IdentityAsOf != existing.IdentityAsOf)
        {
            columns.Add(SocialProfileTable.IdentityAsOf);
        }

        if (nameChanged)
        {
            columns.Insert(0, SocialProfileTable.PrimaryName);
        }

        return columns;
    }

    private static DateTime? Newest(DateTime? first, DateTime? second) =>
        !first.HasValue ? second : !second.HasValue || first.Value >= second.Value ? first : second;

    private static void AddIfSet(List<string> columns, string column, string? value)
    {
        if (value != null)
        {
            columns.Add(column);
        }
    }
}
