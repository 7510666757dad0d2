using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Plugins.Domain.Settings;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.Plugins.Tests.Domain.Settings;

[TestClass]
public sealed class SocialCrmSettingsTests
{
    [TestMethod]
    public void Missing_variables_take_their_documented_defaults()
    {
        var settings = SocialCrmSettings.FromEnvironmentVariables(new Dictionary<string, string?>());

        Assert.AreEqual(-0.6, settings.EscalationSentimentThreshold);
        CollectionAssert.AreEqual(new[] { "refund", "lawyer", "cancel my account", "fraud", "legal action" }, settings.EscalationKeywords.Keywords.ToList());
        Assert.AreEqual(3, settings.NegativeStreakLength);
        Assert.AreEqual(7, settings.ReopenWindowDays);
        Assert.IsFalse(settings.AutoCreateContacts);
        Assert.IsNull(settings.FallbackCaseAccountId);
    }

    [TestMethod]
    public void Null_values_take_their_defaults_too()
    {
        var values = AllVariables(null, null, null, null, null, null);

        var settings = SocialCrmSettings.FromEnvironmentVariables(values);

        Assert.AreEqual(SocialCrmSettings.DefaultEscalationSentimentThreshold, settings.EscalationSentimentThreshold);
        Assert.HasCount(5, settings.EscalationKeywords.Keywords);
        Assert.AreEqual(SocialCrmSettings.DefaultReopenWindowDays, settings.ReopenWindowDays);
    }

    [TestMethod]
    public void Given_values_are_parsed()
    {
        var values = AllVariables("-0.45", "refund;chargeback", "5", "14", "yes", "5e8f7a4c-1d2b-4c3a-9e8f-0a1b2c3d4e5f");

        var settings = SocialCrmSettings.FromEnvironmentVariables(values);

        Assert.AreEqual(-0.45, settings.EscalationSentimentThreshold);
        CollectionAssert.AreEqual(new[] { "refund", "chargeback" }, settings.EscalationKeywords.Keywords.ToList());
        Assert.AreEqual(5, settings.NegativeStreakLength);
        Assert.AreEqual(14, settings.ReopenWindowDays);
        Assert.IsTrue(settings.AutoCreateContacts);
        Assert.AreEqual(new Guid("5e8f7a4c-1d2b-4c3a-9e8f-0a1b2c3d4e5f"), settings.FallbackCaseAccountId);
    }

    [TestMethod]
    public void Variable_names_match_without_regard_to_case()
    {
        var settings = SocialCrmSettings.FromEnvironmentVariables(new Dictionary<string, string?> { ["SCRM_REOPENWINDOWDAYS"] = "30" });

        Assert.AreEqual(30, settings.ReopenWindowDays);
    }

    [TestMethod]
    public void Numbers_parse_the_same_whatever_the_current_culture()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");

            var settings = SocialCrmSettings.FromEnvironmentVariables(AllVariables("-0.45", null, null, null, null, null));

            Assert.AreEqual(-0.45, settings.EscalationSentimentThreshold);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [TestMethod]
    public void Blank_numbers_take_their_defaults_and_a_blank_keyword_list_means_no_keywords()
    {
        var settings = SocialCrmSettings.FromEnvironmentVariables(AllVariables(" ", " ", "", " ", "", " "));

        Assert.AreEqual(SocialCrmSettings.DefaultEscalationSentimentThreshold, settings.EscalationSentimentThreshold);
        Assert.IsEmpty(settings.EscalationKeywords.Keywords);
        Assert.AreEqual(SocialCrmSettings.DefaultNegativeStreakLength, settings.NegativeStreakLength);
        Assert.AreEqual(SocialCrmSettings.DefaultReopenWindowDays, settings.ReopenWindowDays);
        Assert.AreEqual(SocialCrmSettings.DefaultAutoCreateContacts, settings.AutoCreateContacts);
        Assert.IsNull(settings.FallbackCaseAccountId);
    }

    [TestMethod]
    [DataRow("yes", true)]
    [DataRow("no", false)]
    [DataRow("YES", true)]
    [DataRow(" true ", true)]
    [DataRow("False", false)]
    [DataRow("1", true)]
    [DataRow("0", false)]
    public void Boolean_accepts_yes_no_true_false_one_zero(string value, bool expected)
    {
        var settings = SocialCrmSettings.FromEnvironmentVariables(new Dictionary<string, string?> { [EnvironmentVariables.AutoCreateContacts] = value });

        Assert.AreEqual(expected, settings.AutoCreateContacts);
    }

    [TestMethod]
    [DataRow("-1", -1.0, DisplayName = "lowest")]
    [DataRow("1", 1.0, DisplayName = "highest")]
    [DataRow("-6E-1", -0.6, DisplayName = "exponent")]
    [DataRow(" -0.5 ", -0.5, DisplayName = "surrounding spaces")]
    public void Threshold_accepts_any_invariant_decimal_from_minus_one_to_one(string value, double expected)
    {
        var settings = SocialCrmSettings.FromEnvironmentVariables(new Dictionary<string, string?> { [EnvironmentVariables.EscalationSentimentThreshold] = value });

        Assert.AreEqual(expected, settings.EscalationSentimentThreshold, 1e-12);
    }

    [TestMethod]
    [DataRow(EnvironmentVariables.EscalationSentimentThreshold, "-0,6", "a decimal number from -1 to 1 with a '.' separator, such as -0.6", DisplayName = "threshold with a decimal comma")]
    [DataRow(EnvironmentVariables.EscalationSentimentThreshold, "very negative", "a decimal number from -1 to 1 with a '.' separator, such as -0.6", DisplayName = "threshold not a number")]
    [DataRow(EnvironmentVariables.EscalationSentimentThreshold, "-1.5", "a decimal number from -1 to 1 with a '.' separator, such as -0.6", DisplayName = "threshold below -1")]
    [DataRow(EnvironmentVariables.EscalationSentimentThreshold, "NaN", "a decimal number from -1 to 1 with a '.' separator, such as -0.6", DisplayName = "threshold NaN")]
    [DataRow(EnvironmentVariables.NegativeStreakLength, "three", "a whole number of mentions from 0 (rule off) to 1000", DisplayName = "streak in words")]
    [DataRow(EnvironmentVariables.NegativeStreakLength, "2.5", "a whole number of mentions from 0 (rule off) to 1000", DisplayName = "streak with a fraction")]
    [DataRow(EnvironmentVariables.NegativeStreakLength, "-1", "a whole number of mentions from 0 (rule off) to 1000", DisplayName = "negative streak")]
    [DataRow(EnvironmentVariables.NegativeStreakLength, "1001", "a whole number of mentions from 0 (rule off) to 1000", DisplayName = "streak too long")]
    [DataRow(EnvironmentVariables.ReopenWindowDays, "7 days", "a whole number of days from 0 to 3650", DisplayName = "window with a unit")]
    [DataRow(EnvironmentVariables.ReopenWindowDays, "-1", "a whole number of days from 0 to 3650", DisplayName = "negative window")]
    [DataRow(EnvironmentVariables.ReopenWindowDays, "3651", "a whole number of days from 0 to 3650", DisplayName = "window over ten years")]
    [DataRow(EnvironmentVariables.ReopenWindowDays, "99999999999", "a whole number of days from 0 to 3650", DisplayName = "window beyond int")]
    [DataRow(EnvironmentVariables.AutoCreateContacts, "maybe", "yes or no", DisplayName = "Boolean neither yes nor no")]
    [DataRow(EnvironmentVariables.FallbackCaseAccountId, "Contoso", "the id (a GUID) of an account, or empty for none", DisplayName = "account name instead of id")]
    [DataRow(EnvironmentVariables.FallbackCaseAccountId, "00000000-0000-0000-0000-000000000000", "the id (a GUID) of an account, or empty for none", DisplayName = "empty GUID")]
    public void Unusable_value_fails_naming_the_variable_the_value_and_what_is_expected(string variable, string value, string expected)
    {
        var values = new Dictionary<string, string?> { [variable] = value };

        var error = Assert.ThrowsExactly<InvalidSettingException>(() => SocialCrmSettings.FromEnvironmentVariables(values));

        Assert.AreEqual(variable, error.VariableName);
        Assert.AreEqual($"Environment variable {variable} has the value '{value}', which is not {expected}.", error.Message);
    }

    [TestMethod]
    public void Zero_streak_length_and_zero_day_window_are_allowed()
    {
        var settings = SocialCrmSettings.FromEnvironmentVariables(AllVariables(null, null, "0", "0", null, null));

        Assert.AreEqual(0, settings.NegativeStreakLength);
        Assert.AreEqual(0, settings.ReopenWindowDays);
    }

    [TestMethod]
    [DataRow(-1.1, 3, 7, DisplayName = "threshold")]
    [DataRow(-0.6, -1, 7, DisplayName = "streak")]
    [DataRow(-0.6, 3, 3651, DisplayName = "window")]
    public void Constructor_refuses_values_out_of_range(double threshold, int streak, int window)
    {
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() =>
            new SocialCrmSettings(escalationSentimentThreshold: threshold, negativeStreakLength: streak, reopenWindowDays: window));
    }

    private static Dictionary<string, string?> AllVariables(
        string? threshold, string? keywords, string? streak, string? window, string? autoCreate, string? fallbackAccount) =>
        new Dictionary<string, string?>
        {
            [EnvironmentVariables.EscalationSentimentThreshold] = threshold,
            [EnvironmentVariables.EscalationKeywords] = keywords,
            [EnvironmentVariables.NegativeStreakLength] = streak,
            [EnvironmentVariables.ReopenWindowDays] = window,
            [EnvironmentVariables.AutoCreateContacts] = autoCreate,
            [EnvironmentVariables.FallbackCaseAccountId] = fallbackAccount,
        };
}
