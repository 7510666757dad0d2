using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SocialCrm.Dataverse.Local.Faults;

namespace SocialCrm.Dataverse.Local.Tests.Storage;

/// <summary>
/// Rows written one after another through the same prepared statement (the same columns), which keeps the values a
/// write bound and binds only those that changed: each row must still get its own values.
/// </summary>
[TestClass]
public sealed class RowWriteTests
{
    private static readonly DateTime Monday = new(2026, 12, 7, 8, 0, 0, DateTimeKind.Utc);

    [TestMethod]
    public void Rows_of_the_same_columns_written_in_turn_each_store_their_own_values()
    {
        using var dataverse = Tables.Environment().Build();
        var service = dataverse.GetOrganizationService();
        var ada = service.Create(new Entity("contact") { ["lastname"] = "Lovelace" });
        var grace = service.Create(new Entity("contact") { ["lastname"] = "Hopper" });
        var name = "Ada";

        var first = service.Create(Profile(name, "ada", 1, 1.5m, true, Monday, ada));
        var second = service.Create(Profile("Grace", "grace", 2, 2.25m, false, Monday.AddDays(1), grace));
        var third = service.Create(Profile(name, "ada2", 1, 1.5m, true, Monday, ada));
        var fourth = service.Create(Profile(name, "ada3", 1, 1.5m, true, Monday, contact: null));

        AssertProfile(service, first, "Ada", "ada", 1, 1.5m, true, Monday, ada);
        AssertProfile(service, second, "Grace", "grace", 2, 2.25m, false, Monday.AddDays(1), grace);
        AssertProfile(service, third, "Ada", "ada2", 1, 1.5m, true, Monday, ada);
        AssertProfile(service, fourth, "Ada", "ada3", 1, 1.5m, true, Monday, contact: null);
    }

    [TestMethod]
    public void Updates_of_the_same_columns_in_turn_each_store_their_own_values()
    {
        using var dataverse = Tables.Environment().Build();
        var service = dataverse.GetOrganizationService();
        var contact = service.Create(new Entity("contact") { ["lastname"] = "Lovelace" });
        var first = service.Create(Profile("Ada", "ada", 1, 1m, true, Monday, contact));
        var second = service.Create(Profile("Grace", "grace", 2, 2m, false, Monday, contact));

        service.Update(new Entity(Tables.Profile, first) { ["test_followers"] = 10, ["test_contactid"] = null, ["test_name"] = "Ada L." });
        service.Update(new Entity(Tables.Profile, second) { ["test_followers"] = 10, ["test_contactid"] = new EntityReference("contact", contact), ["test_name"] = "Grace H." });
        service.Update(new Entity(Tables.Profile, first) { ["test_followers"] = 11, ["test_contactid"] = null, ["test_name"] = "Ada L." });

        AssertProfile(service, first, "Ada L.", "ada", 11, 1m, true, Monday, contact: null);
        AssertProfile(service, second, "Grace H.", "grace", 10, 2m, false, Monday, contact);
    }

    [TestMethod]
    public void Rows_carrying_the_same_columns_in_another_order_store_each_value_in_its_column()
    {
        using var dataverse = Tables.Environment().Build();
        var service = dataverse.GetOrganizationService();

        var first = service.Create(new Entity(Tables.Profile) { ["test_name"] = "Ada", ["test_handle"] = "ada", ["test_followers"] = 1 });
        var second = service.Create(new Entity(Tables.Profile) { ["test_followers"] = 2, ["test_handle"] = "grace", ["test_name"] = "Grace" });
        service.Update(new Entity(Tables.Profile, first) { ["test_followers"] = 3, ["test_name"] = "Ada L." });
        service.Update(new Entity(Tables.Profile, second) { ["test_name"] = "Grace H.", ["test_followers"] = 4 });

        var rows = new[] { service.Retrieve(Tables.Profile, first, new ColumnSet(true)), service.Retrieve(Tables.Profile, second, new ColumnSet(true)) };
        Assert.AreEqual("Ada L.", rows[0]["test_name"]);
        Assert.AreEqual("ada", rows[0]["test_handle"]);
        Assert.AreEqual(3, rows[0]["test_followers"]);
        Assert.AreEqual("Grace H.", rows[1]["test_name"]);
        Assert.AreEqual("grace", rows[1]["test_handle"]);
        Assert.AreEqual(4, rows[1]["test_followers"]);
    }

    [TestMethod]
    public void A_row_written_after_one_refused_for_its_key_stores_its_own_values()
    {
        using var dataverse = Tables.Environment().Build();
        var service = dataverse.GetOrganizationService();
        service.Create(Profile("Ada", "ada", 1, 1m, true, Monday, contact: null));
        Faults.Expect(ErrorCodes.DuplicateRecord, () => service.Create(Profile("Ada again", "ada", 5, 5m, false, Monday.AddDays(2), contact: null)));

        var next = service.Create(Profile("Grace", "grace", 5, 1m, true, Monday, contact: null));

        AssertProfile(service, next, "Grace", "grace", 5, 1m, true, Monday, contact: null);
    }

    private static Entity Profile(string name, string handle, int followers, decimal score, bool verified, DateTime seen, Guid? contact) => new(Tables.Profile)
    {
        ["test_name"] = name,
        ["test_network"] = new OptionSetValue(1),
        ["test_handle"] = handle,
        ["test_followers"] = followers,
        ["test_score"] = score,
        ["test_verified"] = verified,
        ["test_seenon"] = seen,
        ["test_contactid"] = contact is Guid id ? new EntityReference("contact", id) : null,
    };

    private static void AssertProfile(IOrganizationService service, Guid id, string name, string handle, int followers, decimal score, bool verified, DateTime seen, Guid? contact)
    {
        var row = service.Retrieve(Tables.Profile, id, new ColumnSet(true));
        Assert.AreEqual(name, row["test_name"]);
        Assert.AreEqual(handle, row["test_handle"]);
        Assert.AreEqual(followers, row["test_followers"]);
        Assert.AreEqual(score, row["test_score"]);
        Assert.AreEqual(verified, row["test_verified"]);
        Assert.AreEqual(seen, row["test_seenon"]);
        Assert.AreEqual(contact, row.GetAttributeValue<EntityReference>("test_contactid")?.Id);
    }
}
