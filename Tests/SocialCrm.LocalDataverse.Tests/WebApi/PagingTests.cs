using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace SocialCrm.Dataverse.Local.Tests.WebApi;

/// <summary>Paging with Prefer: odata.maxpagesize and @odata.nextLink, over 25 records.</summary>
[TestClass]
public sealed class PagingTests
{
    private WebApiHost host = null!;

    [TestInitialize]
    public async Task StartAsync()
    {
        host = await WebApiHost.StartAsync();
        var targets = new EntityCollection { EntityName = Tables.Profile };
        for (var i = 0; i < 25; i++)
        {
            targets.Entities.Add(new Entity(Tables.Profile) { ["test_name"] = $"Profile {i:D2}", ["test_followers"] = i });
        }

        host.Service.Execute(new Microsoft.Xrm.Sdk.Messages.CreateMultipleRequest { Targets = targets });
    }

    [TestCleanup]
    public async Task StopAsync() => await host.DisposeAsync();

    [TestMethod]
    public async Task Next_links_walk_three_pages_that_together_hold_every_record_once()
    {
        var prefer = ("Prefer", "odata.maxpagesize=10");
        var pages = new List<int>();
        var names = new List<string>();
        string? next = "test_profiles?$select=test_name&$orderby=test_followers";
        while (next is not null)
        {
            using var response = await host.GetAsync(next, prefer);
            Assert.AreEqual("odata.maxpagesize=10", response.Headers.GetValues("Preference-Applied").Single());
            var body = await Json.ReadAsync(response, 200);
            var records = Json.Values(body);
            pages.Add(records.Count);
            names.AddRange(records.Select(r => r.GetProperty("test_name").GetString()!));
            next = body.TryGetProperty("@odata.nextLink", out var link) ? link.GetString() : null;
            Assert.IsTrue(next is null || next.StartsWith(host.ServiceRoot.AbsoluteUri, StringComparison.Ordinal), "nextLink is absolute under the service root");
        }

        CollectionAssert.AreEqual(new[] { 10, 10, 5 }, pages);
        CollectionAssert.AreEqual(Enumerable.Range(0, 25).Select(i => $"Profile {i:D2}").ToList(), names);
    }

    [TestMethod]
    public async Task Without_a_page_size_all_records_come_in_one_page()
    {
        var body = await host.GetJsonAsync("test_profiles?$select=test_name");

        Assert.AreEqual(25, Json.Values(body).Count);
        Assert.IsFalse(body.TryGetProperty("@odata.nextLink", out _));
    }
}
