using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SocialCrm.EndToEnd.Tests.Worker;
using SocialCrm.Mentions;
using SocialCrm.Tests.Networks;
using static SocialCrm.EndToEnd.Tests.Replies.RepliesThroughTheWorkerTests;
using Table = SocialCrm.Mentions.MentionTable;

namespace SocialCrm.EndToEnd.Tests.Replies;

/// <summary>
/// Dataverse telling the worker of a new reply through the solution's webhook service endpoint (issue 15, point 3): the
/// managed zip's scrm_ReplyWebhook, its URL and key set as an admin sets them after import, posts the execution context of
/// the Create to the worker's /webhooks/dataverse. The worker polls only once an hour here, so a reply that goes out within
/// the test's patience went because of the webhook.
/// </summary>
[TestClass]
public sealed class RepliesThroughTheDataverseWebhookTests
{
    private const string Key = "dataverse-webhook-key-7f3a9c";
    private const string Endpoint = "scrm_ReplyWebhook";

    [TestMethod]
    public async Task A_reply_created_through_the_Web_API_is_delivered_through_the_webhook_once_and_its_system_job_succeeds()
    {
        await using var mastodon = await FakeMastodon.StartAsync();
        await using var e2e = await WorkerOnLocalDataverse.CreateAsync(settings: Settings(mastodon));
        var conversation = CustomerWrote(e2e, SocialPlatform.Mastodon);
        await StartWorkerPastItsFirstRoundAsync(e2e);
        e2e.Crm.Dataverse.SetServiceEndpoint(Endpoint, new Uri(e2e.Webhooks.BaseAddress!, "/webhooks/dataverse"), Key);

        var replyId = await ReplyThroughTheWebApiAsync(e2e, conversation, "Sorry about that! A new one ships today.");
        var sent = await SentAsync(e2e, replyId);

        var status = mastodon.Statuses.Values.Single();
        Assert.AreEqual(status.Id, sent.GetAttributeValue<string>(Table.ExternalPostId));
        var job = WebhookJobs(e2e).Single(j => j.GetAttributeValue<EntityReference>("regardingobjectid")?.Id == replyId);
        Assert.AreEqual(30, job.GetAttributeValue<OptionSetValue>("statuscode").Value, job.GetAttributeValue<string>("message"));
    }

    [TestMethod]
    public async Task The_same_context_delivered_again_never_posts_the_reply_twice()
    {
        await using var mastodon = await FakeMastodon.StartAsync();
        await using var e2e = await WorkerOnLocalDataverse.CreateAsync(settings: Settings(mastodon));
        var conversation = CustomerWrote(e2e, SocialPlatform.Mastodon);
        await StartWorkerPastItsFirstRoundAsync(e2e);
        e2e.Crm.Dataverse.SetServiceEndpoint(Endpoint, new Uri(e2e.Webhooks.BaseAddress!, "/webhooks/dataverse"), Key);
        var first = await ReplyThroughTheWebApiAsync(e2e, conversation, "We are on it.");
        await SentAsync(e2e, first);

        // Dataverse tries a webhook again after a 502, 503 or 504: the same context arrives twice more.
        for (var again = 0; again < 2; again++)
        {
            using var response = await PostContextAsync(e2e, Key, first);
            Assert.AreEqual(HttpStatusCode.Accepted, response.StatusCode);
        }

        // Rounds run one after another: once a later reply is sent, the rounds those deliveries woke have run.
        var second = await ReplyThroughTheWebApiAsync(e2e, conversation, "Here is the tracking number.");
        await SentAsync(e2e, second);
        CollectionAssert.AreEquivalent(new[] { "We are on it.", "Here is the tracking number." }, mastodon.Statuses.Values.Select(s => s.Text).ToList());
    }

    [TestMethod]
    [DataRow("not-the-key", DisplayName = "a wrong key")]
    [DataRow(null, DisplayName = "no key")]
    public async Task A_context_with_a_forged_or_missing_key_is_refused_and_delivers_nothing(string? forged)
    {
        await using var mastodon = await FakeMastodon.StartAsync();
        await using var e2e = await WorkerOnLocalDataverse.CreateAsync(settings: Settings(mastodon));
        var conversation = CustomerWrote(e2e, SocialPlatform.Mastodon);
        await StartWorkerPastItsFirstRoundAsync(e2e);
        // The endpoint is not set in Dataverse: only the test's requests reach the worker.
        var replyId = await ReplyThroughTheWebApiAsync(e2e, conversation, "We are on it.");

        using var refused = await PostContextAsync(e2e, forged, replyId);
        await Task.Delay(TimeSpan.FromSeconds(2));

        Assert.AreEqual(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.IsEmpty(mastodon.Statuses);
        Assert.AreEqual((int)SendStatus.Pending, SendStatusOf(e2e, replyId));
        using var accepted = await PostContextAsync(e2e, Key, replyId);
        Assert.AreEqual(HttpStatusCode.Accepted, accepted.StatusCode);
        await SentAsync(e2e, replyId);
    }

    [TestMethod]
    public async Task A_context_of_an_inbound_mention_is_acknowledged_and_ignored()
    {
        await using var mastodon = await FakeMastodon.StartAsync();
        await using var e2e = await WorkerOnLocalDataverse.CreateAsync(settings: Settings(mastodon));
        await e2e.StartWorkerAsync();

        using var response = await PostContextAsync(e2e, Key, Guid.NewGuid(), MentionDirection.Inbound);

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
    }

    // The worker reads the replies waiting once as it starts, then only every hour: a reply created after that first read
    // can only be sent because the webhook woke it.
    private static async Task StartWorkerPastItsFirstRoundAsync(WorkerOnLocalDataverse e2e)
    {
        e2e.Crm.Dataverse.Calls.Clear();
        await e2e.StartWorkerAsync();
        await Eventually.TrueAsync(
            () => Task.FromResult(e2e.Crm.Dataverse.Calls.Calls.Any(c => c.MessageName == "RetrieveMultiple" && c.PrimaryEntity == Table.LogicalName)),
            "the worker's first delivery round reads the replies waiting", WorkerOnLocalDataverse.Patience);
    }

    private static Dictionary<string, string?> Settings(FakeMastodon mastodon) => new()
    {
        ["Replies:Mastodon:InstanceUrl"] = mastodon.Url.ToString(),
        ["Replies:Mastodon:AccessToken"] = mastodon.AcceptedToken,
        ["Replies:PollInterval"] = "01:00:00",
        ["Webhooks:Dataverse:Key"] = Key,
    };

    private static int? SendStatusOf(WorkerOnLocalDataverse e2e, Guid replyId) =>
        e2e.Crm.Service.Retrieve(Table.LogicalName, replyId, new ColumnSet(Table.SendStatus)).GetAttributeValue<OptionSetValue>(Table.SendStatus)?.Value;

    private static Entity[] WebhookJobs(WorkerOnLocalDataverse e2e) =>
        e2e.Crm.All("asyncoperation", new ConditionExpression("name", ConditionOperator.Equal, $"{Endpoint}: Create of {Table.LogicalName}"));

    // A Create context in the shape Dataverse posts (https://learn.microsoft.com/power-apps/developer/data-platform/use-webhooks#request-body),
    // cut to the members the worker reads.
    private static Task<HttpResponseMessage> PostContextAsync(WorkerOnLocalDataverse e2e, string? key, Guid mentionId, MentionDirection direction = MentionDirection.Outbound)
    {
        var context = $$"""
            {
              "BusinessUnitId": "e2b9dd85-e89e-e711-8122-000d3aa2331c",
              "CorrelationId": "b374239d-4233-41a9-8b17-a86cb4f737b5",
              "Depth": 2,
              "InputParameters": [{
                "key": "Target",
                "value": {
                  "__type": "Entity:http:\/\/schemas.microsoft.com\/xrm\/2011\/Contracts",
                  "Attributes": [
                    { "key": "{{Table.Direction}}", "value": { "__type": "OptionSetValue:http:\/\/schemas.microsoft.com\/xrm\/2011\/Contracts", "Value": {{(int)direction}} } },
                    { "key": "{{Table.PrimaryId}}", "value": "{{mentionId}}" }
                  ],
                  "EntityState": null, "FormattedValues": [], "Id": "{{mentionId}}", "KeyAttributes": [], "LogicalName": "{{Table.LogicalName}}", "RelatedEntities": [], "RowVersion": null
                }
              }],
              "IsExecutingOffline": false, "IsInTransaction": false, "IsOfflinePlayback": false, "IsolationMode": 1,
              "MessageName": "Create", "Mode": 1, "OperationCreatedOn": "\/Date(1506409448000-0700)\/",
              "OrganizationName": "OrgName", "OutputParameters": [], "ParentContext": null, "PostEntityImages": [], "PreEntityImages": [],
              "PrimaryEntityId": "{{mentionId}}", "PrimaryEntityName": "{{Table.LogicalName}}", "RequestId": null, "SecondaryEntityName": "none",
              "SharedVariables": [], "Stage": 40, "UserId": "75c2dd85-e89e-e711-8122-000d3aa2331c"
            }
            """;
        var path = key is null ? "/webhooks/dataverse" : "/webhooks/dataverse?code=" + Uri.EscapeDataString(key);
        return e2e.Webhooks.PostAsync(path, new StringContent(context, Encoding.UTF8, "application/json"));
    }
}
