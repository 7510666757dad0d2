using System.IO;
using Microsoft.Data.Sqlite;
using Microsoft.VisualStudio.TestTools.UnitTesting;
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

    private string PlanOf(string sql)
    {
        var path = Path.Combine(folder, "dataverse.db");
        var profile = new TableBuilder(Tables.Profile)
            .WithPrimaryName("test_name", 100)
            .WithString("test_handle", 50)
            .WithMemo("test_bio", 2000)
            .WithLookup("test_contactid", "contact")
            .WithFindColumns("test_handle", "test_bio")
            .Build();
        using (LocalDataverse.FromMetadata(profile).InFile(path).Build())
        {
        }

        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
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
}
