using System.Linq;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace SocialCrm.Dataverse.Local.Tests.WebApi;

/// <summary>
/// Counting records: <c>{set}/$count</c> answers a plain number, <c>$count=true</c> an @odata.count; both stop at 5000
/// as Dataverse's do, and say so when asked.
/// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/count-rows
/// </summary>
[TestClass]
public sealed class CountTests
{
    [TestMethod]
    public async Task Count_segment_answers_the_number_of_matching_records_as_plain_text()
    {
        await using var host = await WebApiHost.StartAsync();
        Seed(host, 7);

        using var all = await host.GetAsync("test_profiles/$count");
        using var filtered = await host.GetAsync("test_profiles/$count?$filter=test_followers ge 5");

        Assert.AreEqual("text/plain", all.Content.Headers.ContentType!.MediaType);
        Assert.AreEqual("7", await all.Content.ReadAsStringAsync());
        Assert.AreEqual("2", await filtered.Content.ReadAsStringAsync());
    }

    [TestMethod]
    public async Task Counts_stop_at_5000_and_say_the_limit_was_exceeded_when_asked()
    {
        await using var host = await WebApiHost.StartAsync();
        Seed(host, 5001);

        using var plain = await host.GetAsync("test_profiles/$count");
        var body = await host.GetJsonAsync(
            "test_profiles?$select=test_name&$count=true",
            ("Prefer", "odata.maxpagesize=1,odata.include-annotations=\"Microsoft.Dynamics.CRM.totalrecordcount,Microsoft.Dynamics.CRM.totalrecordcountlimitexceeded\""));

        Assert.AreEqual("5000", await plain.Content.ReadAsStringAsync());
        Assert.AreEqual(5000, body.GetProperty("@odata.count").GetInt32());
        Assert.AreEqual(5000, body.GetProperty("@Microsoft.Dynamics.CRM.totalrecordcount").GetInt32());
        Assert.IsTrue(body.GetProperty("@Microsoft.Dynamics.CRM.totalrecordcountlimitexceeded").GetBoolean());
    }

    private static void Seed(WebApiHost host, int count)
    {
        var targets = new EntityCollection(Enumerable.Range(0, count)
            .Select(i => new Entity(Tables.Profile) { ["test_name"] = "P" + i, ["test_followers"] = i }).ToList())
        { EntityName = Tables.Profile };
        host.Service.Execute(new CreateMultipleRequest { Targets = targets });
    }
}
