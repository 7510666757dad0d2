using System;
using System.Collections.Generic;
using System.Globalization;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Domain.Intake;
using SocialCrm.Plugins.Schema;
using Api = SocialCrm.Plugins.Schema.CustomApis.ResolveSocialIdentity;

namespace SocialCrm.Plugins.Application;

/// <summary>
/// Checks an author given on its own (not on a mention), as the ResolveSocialIdentity Custom API receives one: the
/// same limits as the profile's columns, each message naming the parameter.
/// </summary>
public static class AuthorValidation
{
    /// <summary>Every problem, in parameter order; empty when the author can be resolved.</summary>
    public static List<string> Problems(int? platform, MentionAuthor author)
    {
        var problems = new List<string>();
        if (!platform.HasValue || !Choices.IsPlatform(platform.Value))
        {
            problems.Add($"{Api.Platform} is not a known network: " +
                $"{(platform.HasValue ? platform.Value.ToString(CultureInfo.InvariantCulture) : "none")}; use an {SocialProfileTable.Platform} value.");
        }

        if (author.ExternalId == null)
        {
            problems.Add($"{Api.ExternalUserId} is required: the user id on the network identifies the profile.");
        }

        CheckLength(problems, Api.ExternalUserId, author.ExternalId, SocialProfileTable.ExternalUserIdLength);
        CheckLength(problems, Api.Handle, author.Handle, SocialProfileTable.HandleLength);
        CheckLength(problems, Api.DisplayName, author.DisplayName, SocialProfileTable.DisplayNameLength);
        CheckLength(problems, Api.Email, author.Email, SocialProfileTable.EmailLength);
        return problems;
    }

    private static void CheckLength(List<string> problems, string parameter, string? value, int limit)
    {
        if (value != null && value.Length > limit)
        {
            problems.Add($"{parameter} is too long: {value.Length.ToString(CultureInfo.InvariantCulture)} characters, " +
                $"the limit is {limit.ToString(CultureInfo.InvariantCulture)}.");
        }
    }
}
