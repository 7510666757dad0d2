using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace SocialCrm.Dataverse.Local.Tests.WebApi;

/// <summary>
/// $expand of a collection-valued navigation property (a profile's posts, through the relationship test_profile_test_post)
/// with the nested options Dataverse allows: $select, $filter, $orderby and $top.
/// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/join-tables#expand-collection-valued-navigation-properties
/// </summary>
[TestClass]
public sealed class CollectionExpandTests
{
    private WebApiHost host = null!;
    private Guid alice;
    private Guid bob;

    [TestInitialize]
    public async Task StartAsync()
    {
        host = await WebApiHost.StartAsync(Tables.Environment()
            .WithRelationship(new Local.Metadata.RelationshipDefinition("test_profile_test_post", Tables.Profile, Tables.Post, "test_profileid"))
            .Build());
        alice = host.Service.Create(new Entity(Tables.Profile) { ["test_name"] = "Alice" });
        bob = host.Service.Create(new Entity(Tables.Profile) { ["test_name"] = "Bob" });
        host.Service.Create(new Entity(Tables.Profile) { ["test_name"] = "Carol" });
        foreach (var (author, subject) in new[] { (alice, "a1"), (alice, "a3"), (alice, "a2"), (bob, "b1") })
        {
            host.Service.Create(new Entity(Tables.Post) { ["subject"] = subject, ["test_profileid"] = new EntityReference(Tables.Profile, author) });
        }
    }

    [TestCleanup]
    public async Task StopAsync() => await host.DisposeAsync();

    [TestMethod]
    public async Task Record_expands_its_related_records_with_their_selected_columns()
    {
        var record = await host.GetJsonAsync($"test_profiles({alice})?$select=test_name&$expand=test_profile_test_post($select=subject)");

        var posts = record.GetProperty("test_profile_test_post").EnumerateArray().ToList();
        CollectionAssert.AreEquivalent(new[] { "a1", "a2", "a3" }, posts.Select(p => p.GetProperty("subject").GetString()).ToArray());
        Assert.IsFalse(posts[0].TryGetProperty("description", out _), "only the selected columns of the related records");
    }

    [TestMethod]
    public async Task Nested_filter_orderby_and_top_shape_each_records_related_records()
    {
        var body = await host.GetJsonAsync(
            "test_profiles?$select=test_name&$orderby=test_name&$expand=test_profile_test_post($select=subject;$filter=subject ne 'a1';$orderby=subject desc;$top=1)");

        var records = Json.Values(body);
        Assert.AreEqual(3, records.Count);
        CollectionAssert.AreEqual(new[] { "a3" }, Subjects(records[0]));
        CollectionAssert.AreEqual(new[] { "b1" }, Subjects(records[1]));
        CollectionAssert.AreEqual(Array.Empty<string>(), Subjects(records[2]), "a record with no related records has an empty array");
    }

    [TestMethod]
    public async Task Nested_skip_is_refused_as_Dataverse_refuses_it()
    {
        using var response = await host.GetAsync("test_profiles?$expand=test_profile_test_post($skip=1)");

        StringAssert.Contains((await Json.ErrorAsync(response, 400)).Message, "Skip");
    }

    private static string?[] Subjects(System.Text.Json.JsonElement record) =>
        record.GetProperty("test_profile_test_post").EnumerateArray().Select(p => p.GetProperty("subject").GetString()).ToArray();
}
