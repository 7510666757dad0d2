using System;
using System.IO;
using System.Linq;
using Microsoft.Data.Sqlite;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SocialCrm.Dataverse.Local.Faults;
using SocialCrm.Dataverse.Local.Metadata;

namespace SocialCrm.Dataverse.Local.Tests.Storage;

/// <summary>
/// Lookups by key, by lookup column and by a Quick Find column run through an index, so their cost stays flat as a
/// table grows to millions of rows (issue 19: a scan of the profile table took a second per batch at 1M profiles).
/// </summary>
[TestClass]
public sealed class IndexTests
{
    private string folder = null!;

    [TestInitialize]
    public void CreateFolder() => folder = Directory.CreateTempSubdirectory("localdataverse").FullName;

    [TestCleanup]
    public void DeleteFolder() => Directory.Delete(folder, recursive: true);

    [TestMethod]
    [DataRow("test_handle", DisplayName = "a Quick Find column")]
    [DataRow("test_contactid", DisplayName = "a lookup")]
    public void A_lookup_by_value_uses_an_index(string column)
    {
        var plan = PlanOf($"SELECT * FROM test_profile WHERE {column} IN ('a', 'b')");

        StringAssert.Contains(plan, "USING INDEX", plan);
    }

    // The forms QueryRunner gives a condition or a link on a lookup: each implies the lookup is not null, so the index
    // of the rows that have it answers them.
    [TestMethod]
    [DataRow("SELECT * FROM test_profile AS t0 WHERE t0.test_contactid = 'a'", DisplayName = "equal")]
    [DataRow("SELECT * FROM test_profile AS t0 WHERE t0.test_contactid IN (SELECT value FROM json_each('[\"a\",\"b\"]'))", DisplayName = "a long In list")]
    [DataRow("SELECT * FROM contact AS t0 INNER JOIN test_profile AS t1 ON t1.test_contactid = t0.contactid AND 1 = 1 WHERE t0.emailaddress1 = 'a@example.com'", DisplayName = "an inner link to the rows that name a contact")]
    [DataRow("SELECT * FROM contact AS t0 LEFT JOIN test_profile AS t1 ON t1.test_contactid = t0.contactid AND 1 = 1 WHERE t0.emailaddress1 = 'a@example.com'", DisplayName = "an outer link to the rows that name a contact")]
    [DataRow("SELECT * FROM contact AS t0 WHERE EXISTS (SELECT 1 FROM test_profile AS t1 WHERE t1.test_contactid = t0.contactid AND 1 = 1)", DisplayName = "an exists link")]
    public void A_query_by_lookup_uses_the_lookups_index(string sql)
    {
        var plan = PlanOf(sql);

        StringAssert.Contains(plan, "test_profile_test_contactid", plan);
    }

    [TestMethod]
    public void The_index_of_a_lookup_leaves_out_the_rows_without_one()
    {
        PlanOf("SELECT 1");

        Assert.AreEqual(
            "CREATE INDEX \"ix_test_profile_test_contactid\" ON \"test_profile\" (\"test_contactid\") WHERE \"test_contactid\" IS NOT NULL",
            IndexSql("ix_test_profile_test_contactid"));
    }

    [TestMethod]
    public void A_file_made_with_a_full_lookup_index_gets_the_partial_one_and_keeps_its_rows()
    {
        var contact = Guid.NewGuid();
        Guid profile;
        using (var first = LocalDataverse.FromMetadata(Profile()).InFile(DatabasePath).Build())
        {
            var service = first.GetOrganizationService();
            service.Create(new Entity("contact", contact) { ["lastname"] = "Lovelace" });
            profile = service.Create(new Entity("test_profile") { ["test_contactid"] = new EntityReference("contact", contact) });
            service.Create(new Entity("test_profile") { ["test_name"] = "no contact" });
        }

        Run("DROP INDEX \"ix_test_profile_test_contactid\"; CREATE INDEX \"ix_test_profile_test_contactid\" ON \"test_profile\" (\"test_contactid\")");
        using var second = LocalDataverse.FromMetadata(Profile()).InFile(DatabasePath).Build();
        var query = new QueryExpression("test_profile");
        query.Criteria.AddCondition("test_contactid", ConditionOperator.Equal, contact);
        var found = second.GetOrganizationService().RetrieveMultiple(query).Entities;

        StringAssert.EndsWith(IndexSql("ix_test_profile_test_contactid"), "WHERE \"test_contactid\" IS NOT NULL");
        Assert.AreEqual(profile, found.Single().Id);
        Assert.AreEqual(2, second.GetOrganizationService().RetrieveMultiple(new QueryExpression("test_profile")).Entities.Count);
    }

    [TestMethod]
    public void A_lookup_of_contacts_by_e_mail_address_uses_an_index()
    {
        var plan = PlanOf("SELECT * FROM contact WHERE emailaddress1 IN ('a@example.com', 'b@example.com')");

        StringAssert.Contains(plan, "USING INDEX", plan);
    }

    [TestMethod]
    public void A_memo_find_column_is_not_indexed()
    {
        var plan = PlanOf("SELECT * FROM test_profile WHERE test_bio = 'x'");

        StringAssert.Contains(plan, "SCAN", plan);
    }

    // The forms a Quick Find (a prefix LIKE), an equality or IN, and the batch lookup of whole keys (KeyFinder's row
    // values) take on a find column that is also a key column: each is answered by the key's unique index.
    [TestMethod]
    [DataRow("SELECT * FROM test_account WHERE test_code LIKE 'ab%' ESCAPE '\\'", DisplayName = "Quick Find")]
    [DataRow("SELECT * FROM test_account WHERE test_code IN ('a', 'b')", DisplayName = "In list")]
    [DataRow("SELECT test_accountid FROM test_account WHERE (test_network, test_code) IN (VALUES (1, 'a'), (2, 'b'))", DisplayName = "whole keys")]
    public void A_find_column_of_an_alternate_key_is_found_through_the_keys_index(string sql)
    {
        var plan = PlanOf(sql, Keyed());

        StringAssert.Contains(plan, "USING INDEX key_test_account_test_network_code", plan);
    }

    [TestMethod]
    public void A_find_column_of_an_alternate_key_gets_no_index_of_its_own()
    {
        PlanOf("SELECT 1", Keyed());

        Assert.IsNull(IndexSql("find_test_account_test_code"));
        StringAssert.EndsWith(IndexSql("key_test_account_test_network_code"), "(\"test_code\", \"test_network\")");
    }

    [TestMethod]
    public void A_file_made_with_the_key_index_in_the_keys_order_gets_the_new_one_keeps_its_rows_and_still_refuses_a_duplicate()
    {
        using (var first = LocalDataverse.FromMetadata(Keyed()).InFile(DatabasePath).Build())
        {
            first.GetOrganizationService().Create(new Entity("test_account") { ["test_network"] = new OptionSetValue(1), ["test_code"] = "ada" });
        }

        Run("DROP INDEX \"key_test_account_test_network_code\"; " +
            "CREATE UNIQUE INDEX \"key_test_account_test_network_code\" ON \"test_account\" (\"test_network\", \"test_code\"); " +
            "CREATE INDEX \"find_test_account_test_code\" ON \"test_account\" (\"test_code\")");
        using var second = LocalDataverse.FromMetadata(Keyed()).InFile(DatabasePath).Build();
        var service = second.GetOrganizationService();

        Assert.IsNull(IndexSql("find_test_account_test_code"));
        StringAssert.EndsWith(IndexSql("key_test_account_test_network_code"), "(\"test_code\", \"test_network\")");
        Assert.AreEqual(1, service.RetrieveMultiple(new QueryExpression("test_account")).Entities.Count);
        Faults.Expect(ErrorCodes.DuplicateRecord, () => service.Create(new Entity("test_account") { ["test_network"] = new OptionSetValue(1), ["test_code"] = "ADA" }));
    }

    private string DatabasePath => Path.Combine(folder, "dataverse.db");

    // A table whose alternate key ends with a Quick Find column.
    private static TableDefinition Keyed() =>
        new TableBuilder("test_account")
            .WithPrimaryName("test_name", 100)
            .WithChoice("test_network", 1, 2)
            .WithString("test_code", 50)
            .WithAlternateKey("test_network_code", "test_network", "test_code")
            .WithFindColumns("test_name", "test_code")
            .Build();

    private static TableDefinition Profile() =>
        new TableBuilder(Tables.Profile)
            .WithPrimaryName("test_name", 100)
            .WithString("test_handle", 50)
            .WithMemo("test_bio", 2000)
            .WithLookup("test_contactid", "contact")
            .WithFindColumns("test_handle", "test_bio")
            .Build();

    private string PlanOf(string sql) => PlanOf(sql, Profile());

    private string PlanOf(string sql, TableDefinition table)
    {
        using (LocalDataverse.FromMetadata(table).InFile(DatabasePath).Build())
        {
        }

        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        using var reader = command.ExecuteReader();
        var plan = string.Empty;
        while (reader.Read())
        {
            plan += reader.GetString(3) + "\n";
        }

        return plan;
    }

    private string IndexSql(string index)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = $name";
        command.Parameters.AddWithValue("$name", index);
        return (string)command.ExecuteScalar()!;
    }

    private void Run(string sql)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DatabasePath, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }
}
