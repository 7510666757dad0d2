using System;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SocialCrm.Dataverse.Local.Registration;
using SocialCrm.Dataverse.Local.Tests.WebApi.Plugins;

namespace SocialCrm.Dataverse.Local.Tests.WebApi;

/// <summary>$batch: requests in order, atomic change sets with Content-ID references, stopping or continuing on errors.</summary>
[TestClass]
public sealed class BatchTests
{
    private WebApiHost host = null!;

    [TestInitialize]
    public async Task StartAsync()
    {
        var dataverse = Tables.Environment()
            .WithStep<TracingPlugin>("Create", Tables.Profile, PipelineStage.PostOperation)
            .WithStep<RejectingPlugin>("Create", Tables.Profile, PipelineStage.PreOperation)
            .Build();
        host = await WebApiHost.StartAsync(dataverse);
    }

    [TestCleanup]
    public async Task StopAsync() => await host.DisposeAsync();

    [TestMethod]
    public async Task Batch_runs_its_requests_in_order_and_answers_each_with_its_own_status()
    {
        var batch = new BatchBody(host.ServiceRoot)
            .Request("POST", "test_profiles", """{"test_name":"A"}""")
            .Request("POST", "test_profiles", """{"test_name":"B"}""")
            .Request("GET", "test_profiles?$select=test_name&$orderby=test_name");

        var answer = await SendAsync(batch);

        Assert.AreEqual(200, answer.StatusCode);
        CollectionAssert.AreEqual(new[] { 204, 204, 200 }, answer.Statuses.ToList());
        StringAssert.StartsWith(answer.Parts[0].Headers["OData-EntityId"], host.ServiceRoot + "test_profiles(");
        Assert.AreEqual(answer.Parts[0].Headers["OData-EntityId"], answer.Parts[0].Headers["Location"]);
        var names = JsonDocument.Parse(answer.Parts[2].Body).RootElement.GetProperty("value").EnumerateArray().Select(r => r.GetProperty("test_name").GetString());
        CollectionAssert.AreEqual(new[] { "A", "B" }, names.ToList());
        Assert.AreEqual(2, host.Dataverse.TraceLog.For(nameof(TracingPlugin)).Count(), "each create runs its plug-ins once");
    }

    [TestMethod]
    public async Task Change_set_whose_request_fails_rolls_back_every_request_in_it()
    {
        var batch = new BatchBody(host.ServiceRoot).ChangeSet(
            ("1", "POST", "test_profiles", """{"test_name":"kept?"}"""),
            ("2", "POST", "test_profiles", """{"test_name":"reject"}"""));

        var answer = await SendAsync(batch);

        Assert.AreEqual(400, answer.StatusCode);
        var failure = answer.Parts.Single();
        Assert.AreEqual(400, failure.StatusCode);
        Assert.IsFalse(failure.InChangeSet, "a failed change set answers with its one error");
        Assert.AreEqual("0x80040265", JsonDocument.Parse(failure.Body).RootElement.GetProperty("error").GetProperty("code").GetString());
        Assert.AreEqual(0, host.Service.RetrieveMultiple(new QueryExpression(Tables.Profile)).Entities.Count);
    }

    [TestMethod]
    public async Task Change_set_commits_together_and_its_requests_reference_earlier_ones_by_content_id()
    {
        var batch = new BatchBody(host.ServiceRoot).ChangeSet(
            ("1", "POST", "contacts", """{"fullname":"Ada Lovelace"}"""),
            ("2", "POST", "test_profiles", """{"test_name":"Ada","test_contactid@odata.bind":"$1"}"""),
            ("3", "PATCH", "$2", """{"test_followers":9}"""));

        var answer = await SendAsync(batch);

        Assert.AreEqual(200, answer.StatusCode);
        CollectionAssert.AreEqual(new[] { 204, 204, 204 }, answer.Statuses.ToList());
        CollectionAssert.AreEqual(new[] { "1", "2", "3" }, answer.Parts.Select(p => p.ContentId).ToList());
        Assert.IsTrue(answer.Parts.All(p => p.InChangeSet));
        var profile = host.Service.RetrieveMultiple(new QueryExpression(Tables.Profile) { ColumnSet = new ColumnSet("test_contactid", "test_followers") }).Entities.Single();
        var contact = host.Service.RetrieveMultiple(new QueryExpression("contact") { ColumnSet = new ColumnSet(false) }).Entities.Single();
        Assert.AreEqual(contact.Id, profile.GetAttributeValue<EntityReference>("test_contactid").Id);
        Assert.AreEqual(9, profile["test_followers"]);
        Assert.AreEqual(answer.Parts[1].Headers["OData-EntityId"], host.ServiceRoot + $"test_profiles({profile.Id})");
    }

    [TestMethod]
    public async Task Change_set_sets_a_column_of_a_record_it_created_through_its_content_id()
    {
        var batch = new BatchBody(host.ServiceRoot).ChangeSet(
            ("1", "POST", "contacts", """{"firstname":"First Name","lastname":"Last name"}"""),
            ("2", "PUT", "$1/lastname", """{"value":"BBBBB"}"""));

        var answer = await SendAsync(batch);

        CollectionAssert.AreEqual(new[] { 204, 204 }, answer.Statuses.ToList());
        var contact = host.Service.RetrieveMultiple(new QueryExpression("contact") { ColumnSet = new ColumnSet("lastname") }).Entities.Single();
        Assert.AreEqual("BBBBB", contact["lastname"]);
    }

    [TestMethod]
    public async Task Reference_to_an_undeclared_content_id_fails_the_change_set()
    {
        var batch = new BatchBody(host.ServiceRoot).ChangeSet(
            ("1", "POST", "test_profiles", """{"test_name":"A","test_contactid@odata.bind":"$9"}"""));

        var answer = await SendAsync(batch);

        var failure = answer.Parts.Single();
        Assert.AreEqual(400, failure.StatusCode);
        StringAssert.Contains(failure.Body, "Content-ID Reference: '$9' does not exist in the batch context.");
    }

    [TestMethod]
    public async Task Without_continue_on_error_the_batch_stops_at_the_first_failure_and_takes_its_status()
    {
        var batch = new BatchBody(host.ServiceRoot)
            .Request("POST", "test_profiles", """{"test_name":"reject"}""")
            .Request("POST", "test_profiles", """{"test_name":"B"}""");

        var answer = await SendAsync(batch);

        Assert.AreEqual(400, answer.StatusCode);
        CollectionAssert.AreEqual(new[] { 400 }, answer.Statuses.ToList());
        Assert.AreEqual(0, host.Service.RetrieveMultiple(new QueryExpression(Tables.Profile)).Entities.Count);
    }

    [TestMethod]
    public async Task Continue_on_error_runs_every_request_and_answers_200_with_each_status()
    {
        var batch = new BatchBody(host.ServiceRoot)
            .Request("POST", "test_profiles", """{"test_name":"reject"}""")
            .Request("POST", "test_profiles", """{"test_name":"B"}""")
            .ChangeSet(("1", "POST", "test_profiles", """{"test_followers":"many"}"""))
            .Request("POST", "test_profiles", """{"test_name":"C"}""");

        using var response = await host.Client.SendAsync(batch.ToRequest(("Prefer", "odata.continue-on-error")));
        var answer = await BatchAnswer.ReadAsync(response);

        Assert.AreEqual(200, answer.StatusCode);
        CollectionAssert.AreEqual(new[] { 400, 204, 400, 204 }, answer.Statuses.ToList());
        Assert.AreEqual("odata.continue-on-error", response.Headers.GetValues("Preference-Applied").Single());
        Assert.AreEqual(2, host.Service.RetrieveMultiple(new QueryExpression(Tables.Profile)).Entities.Count);
    }

    [TestMethod]
    public async Task Batch_of_more_than_a_thousand_requests_is_refused_before_any_runs()
    {
        var batch = new BatchBody(host.ServiceRoot);
        for (var i = 0; i <= 1000; i++)
        {
            batch.Request("POST", "test_profiles", """{"test_name":"x"}""");
        }

        using var response = await host.Client.SendAsync(batch.ToRequest());

        var (_, message) = await Json.ErrorAsync(response, 400);
        StringAssert.Contains(message, "1001");
        Assert.AreEqual(0, host.Service.RetrieveMultiple(new QueryExpression(Tables.Profile)).Entities.Count);
    }

    [TestMethod]
    public async Task Batch_of_a_thousand_requests_runs_them_all()
    {
        var batch = new BatchBody(host.ServiceRoot);
        for (var i = 0; i < 1000; i++)
        {
            batch.Request("POST", "test_profiles", $$"""{"test_name":"x{{i}}"}""");
        }

        var answer = await SendAsync(batch);

        Assert.AreEqual(1000, answer.Parts.Count(p => p.StatusCode == 204));
    }

    [TestMethod]
    public async Task Batch_inside_a_batch_is_refused()
    {
        var answer = await SendAsync(new BatchBody(host.ServiceRoot).Request("POST", "$batch", "{}"));

        CollectionAssert.AreEqual(new[] { 400 }, answer.Statuses.ToList());
    }

    private async Task<BatchAnswer> SendAsync(BatchBody batch)
    {
        using var response = await host.Client.SendAsync(batch.ToRequest());
        return await BatchAnswer.ReadAsync(response);
    }
}
