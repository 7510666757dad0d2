using System;
using System.Collections.Generic;
using System.Globalization;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.Plugins.Domain.Settings;

/// <summary>
/// Every tunable of SocialCrm that is not an escalation rule, read from the solution's environment variables
/// (<see cref="EnvironmentVariables"/>). What scrm_EscalationSentimentThreshold, scrm_EscalationKeywords and
/// scrm_NegativeStreakLength said now lives in the seed escalation rules the solution ships as data (issue #18).
/// </summary>
public sealed class SocialCrmSettings
{
    public const int DefaultReopenWindowDays = 7;
    public const bool DefaultAutoCreateContacts = false;

    /// <summary>Ten years: longer is a mistake, and TimeSpan overflows long before int.MaxValue days.</summary>
    public const int MaxReopenWindowDays = 3650;

    public SocialCrmSettings(
        int reopenWindowDays = DefaultReopenWindowDays,
        bool autoCreateContacts = DefaultAutoCreateContacts,
        Guid? fallbackCaseAccountId = null)
    {
        if (reopenWindowDays < 0 || reopenWindowDays > MaxReopenWindowDays)
        {
            throw new ArgumentOutOfRangeException(nameof(reopenWindowDays), reopenWindowDays, "A reopen window lies in 0..3650 days.");
        }

        ReopenWindowDays = reopenWindowDays;
        AutoCreateContacts = autoCreateContacts;
        FallbackCaseAccountId = fallbackCaseAccountId;
    }

    /// <summary>scrm_ReopenWindowDays: a closed conversation reopens when a mention comes within this many days.</summary>
    public int ReopenWindowDays { get; }

    /// <summary>scrm_AutoCreateContacts: create a contact for a new person who can't be linked to one.</summary>
    public bool AutoCreateContacts { get; }

    /// <summary>scrm_FallbackCaseAccountId: customer of cases raised for people with no contact; null when unset.</summary>
    public Guid? FallbackCaseAccountId { get; }

    /// <summary>
    /// Builds the settings from environment variable values by schema name (compared case-insensitively). A variable
    /// that is absent or null takes its documented default; so does a blank number, Boolean or id. Numbers parse with the invariant culture.
    /// </summary>
    /// <exception cref="InvalidSettingException">A value can't be parsed or is out of range; the message names it.</exception>
    public static SocialCrmSettings FromEnvironmentVariables(IReadOnlyDictionary<string, string?> values)
    {
        if (values == null)
        {
            throw new ArgumentNullException(nameof(values));
        }

        var byName = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in values)
        {
            byName[pair.Key] = pair.Value;
        }

        return new SocialCrmSettings(
            reopenWindowDays: ReadWholeNumber(byName, EnvironmentVariables.ReopenWindowDays, DefaultReopenWindowDays,
                MaxReopenWindowDays, "a whole number of days from 0 to 3650"),
            autoCreateContacts: ReadBoolean(byName, EnvironmentVariables.AutoCreateContacts, DefaultAutoCreateContacts),
            fallbackCaseAccountId: ReadAccountId(byName));
    }

    private static int ReadWholeNumber(Dictionary<string, string?> byName, string name, int fallback, int max, string expected)
    {
        var text = Find(byName, name);
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        if (!int.TryParse(text!.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < 0 || value > max)
        {
            throw Invalid(name, text, expected);
        }

        return value;
    }

    // Dataverse stores a Boolean environment variable as "yes" or "no"; "true"/"false" and "1"/"0" are what people type
    // into a Text variable or a deployment settings file, so they are accepted too.
    private static bool ReadBoolean(Dictionary<string, string?> byName, string name, bool fallback)
    {
        var text = Find(byName, name);
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        switch (text!.Trim().ToLowerInvariant())
        {
            case "yes":
            case "true":
            case "1":
                return true;
            case "no":
            case "false":
            case "0":
                return false;
            default:
                throw Invalid(name, text, "yes or no");
        }
    }

    private static Guid? ReadAccountId(Dictionary<string, string?> byName)
    {
        const string name = EnvironmentVariables.FallbackCaseAccountId;
        var text = Find(byName, name);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (!Guid.TryParse(text!.Trim(), out var id) || id == Guid.Empty)
        {
            throw Invalid(name, text, "the id (a GUID) of an account, or empty for none");
        }

        return id;
    }

    private static string? Find(Dictionary<string, string?> byName, string name) =>
        byName.TryGetValue(name, out var value) ? value : null;

    private static InvalidSettingException Invalid(string name, string text, string expected) =>
        new InvalidSettingException(name, $"Environment variable {name} has the value '{text}', which is not {expected}.");
}
