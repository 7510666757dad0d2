using System;
using System.Collections.Generic;
using System.Globalization;
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

        Assert.AreEqual(7, settings.ReopenWindowDays);
        Assert.IsFalse(settings.AutoCreateContacts);
        Assert.IsNull(settings.FallbackCaseAccountId);
    }

    [TestMethod]
    public void Null_values_take_their_defaults_too()
    {
        var values = AllVariables(null, null, null);

        var settings = SocialCrmSettings.FromEnvironmentVariables(values);

        Assert.IsNull(settings.FallbackCaseAccountId);
        Assert.AreEqual(SocialCrmSettings.DefaultReopenWindowDays, settings.ReopenWindowDays);
    }

    [TestMethod]
    public void Given_values_are_parsed()
    {
        var values = AllVariables("14", "yes", "5e8f7a4c-1d2b-4c3a-9e8f-0a1b2c3d4e5f");

        var settings = SocialCrmSettings.FromEnvironmentVariables(values);

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

            var settings = SocialCrmSettings.FromEnvironmentVariables(AllVariables("12", null, null));

            Assert.AreEqual(12, settings.ReopenWindowDays);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [TestMethod]
    public void Blank_values_take_their_defaults()
    {
        var settings = SocialCrmSettings.FromEnvironmentVariables(AllVariables(" ", "", " "));

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
    public void Zero_day_window_is_allowed()
    {
        var settings = SocialCrmSettings.FromEnvironmentVariables(AllVariables("0", null, null));

        Assert.AreEqual(0, settings.ReopenWindowDays);
    }

    [TestMethod]
    [DataRow(-1, DisplayName = "negative window")]
    [DataRow(3651, DisplayName = "window over ten years")]
    public void Constructor_refuses_a_window_out_of_range(int window)
    {
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => new SocialCrmSettings(reopenWindowDays: window));
    }

    private static Dictionary<string, string?> AllVariables(
        string? window, string? autoCreate, string? fallbackAccount) =>
        new Dictionary<string, string?>
        {
            [EnvironmentVariables.ReopenWindowDays] = window,
            [EnvironmentVariables.AutoCreateContacts] = autoCreate,
            [EnvironmentVariables.FallbackCaseAccountId] = fallbackAccount,
        };
}
