using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk.Query;

namespace SocialCrm.Dataverse.Local.Tests.WebApi;

/// <summary>
/// Request bodies past Microsoft.OData's 1 MiB default are read, as Dataverse reads requests of up to 128 MB:
/// a bulk action of long records is accepted whole.
/// </summary>
[TestClass]
public sealed class LargeBodyTests
{
    private const int DescriptionLength = 500_000;

    [TestMethod]
    public async Task UpsertMultiple_of_one_and_a_half_megabytes_of_text_is_accepted_whole()
    {
        await using var host = await WebApiHost.StartAsync();
        var description = new string('x', DescriptionLength);
        var targets = Enumerable.Range(0, 3).Select(i =>
            $$"""{"@odata.type":"Microsoft.Dynamics.CRM.test_post","@odata.id":"test_posts(test_externalid='p{{i}}')","subject":"post {{i}}","description":"{{description}}"}""");
        var body = $$"""{"Targets":[{{string.Join(",", targets)}}]}""";
        Assert.IsGreaterThan(1024 * 1024, body.Length, "the body must pass Microsoft.OData's 1 MiB default");

        using var response = await host.SendAsync(HttpMethod.Post, "test_posts/Microsoft.Dynamics.CRM.UpsertMultiple", body);

        Assert.AreEqual(204, (int)response.StatusCode, await response.Content.ReadAsStringAsync());
        var rows = host.Service.RetrieveMultiple(new QueryExpression(Tables.Post) { ColumnSet = new ColumnSet("description") }).Entities;
        Assert.AreEqual(3, rows.Count);
        Assert.IsTrue(rows.All(r => ((string)r["description"]).Length == DescriptionLength));
    }

    [TestMethod]
    public async Task Batch_change_set_of_one_and_a_half_megabytes_of_text_is_accepted_whole()
    {
        await using var host = await WebApiHost.StartAsync();
        var description = new string('x', DescriptionLength);
        var batch = new BatchBody(host.ServiceRoot).ChangeSet(Enumerable.Range(0, 3)
            .Select(i => (ContentId: (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), Method: "POST", Url: "test_posts", Json: (string?)$$"""{"subject":"post {{i}}","description":"{{description}}"}"""))
            .ToArray());

        using var response = await host.Client.SendAsync(batch.ToRequest());
        var answer = await BatchAnswer.ReadAsync(response);

        CollectionAssert.AreEqual(new[] { 204, 204, 204 }, answer.Statuses.ToArray());
        Assert.AreEqual(3, host.Service.RetrieveMultiple(new QueryExpression(Tables.Post) { ColumnSet = new ColumnSet(false) }).Entities.Count);
    }
}
