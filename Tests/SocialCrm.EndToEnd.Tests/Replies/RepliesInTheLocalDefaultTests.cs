extern alias worker;

using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Net.Http.Json;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using worker::SocialCrm.Integration.CommandLine;
using worker::SocialCrm.Integration.Hosting;
using worker::SocialCrm.Integration.Sink;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Schema;
using SocialCrm.EndToEnd.Tests.Worker;
using SocialCrm.Tests.Networks;
using Table = SocialCrm.Mentions.MentionTable;

namespace SocialCrm.EndToEnd.Tests.Replies;

/// <summary>
/// The local default (`socialcrm run` with no DataverseSink:Url starts LocalDataverse itself): with Webhooks:Dataverse:Key
/// set, the LocalDataverse it starts posts new replies to the worker's /webhooks/dataverse, as a real environment's
/// scrm_ReplyWebhook does once an admin points it there. The system job of the webhook's step succeeding is what shows the
/// worker took the context with its key.
/// </summary>
[TestClass]
public sealed class RepliesInTheLocalDefaultTests
{
    private const string CustomerPost = "113400000000000077";

    [TestMethod]
    public async Task A_reply_created_in_the_local_default_reaches_the_worker_through_its_webhook()
    {
        await using var mastodon = await FakeMastodon.StartAsync();
        var folder = Directory.CreateTempSubdirectory("socialcrm-e2e-local-").FullName;
        await using var worker = WorkerHost.Build(new CommandEnvironment
        {
            Configure = config => config.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Queue:Path"] = Path.Combine(folder, "queue.db"),
                ["Feeds:StatePath"] = Path.Combine(folder, "feeds.db"),
                ["LocalDataverse:DataFolder"] = Path.Combine(folder, "dataverse"),
                ["LocalDataverse:RequireToken"] = "false",
                ["Webhooks:Port"] = "0",
                ["Webhooks:Dataverse:Key"] = "local-dataverse-webhook-key-5e1d",
                ["Replies:Mastodon:InstanceUrl"] = mastodon.Url.ToString(),
                ["Replies:Mastodon:AccessToken"] = mastodon.AcceptedToken,
                ["Replies:PollInterval"] = "01:00:00",
                ["Logging:LogLevel:Default"] = "Warning",
            }),
        });
        await worker.StartAsync();
        using var patience = new CancellationTokenSource(WorkerOnLocalDataverse.Patience);
        var root = await worker.Services.GetRequiredService<DataverseEndpoint>().AddressAsync(patience.Token);
        using var http = new HttpClient { BaseAddress = new Uri(root, "api/data/v9.2/") };

        var conversation = await CustomerWroteAsync(http);
        var reply = await http.PostAsJsonAsync(CustomApis.ReplyToConversation.Name, new Dictionary<string, object>
        {
            [CustomApis.ReplyToConversation.Conversation] = new Dictionary<string, object>
            {
                ["@odata.type"] = "Microsoft.Dynamics.CRM." + ConversationTable.LogicalName,
                [ConversationTable.PrimaryId] = conversation,
            },
            [CustomApis.ReplyToConversation.Text] = "Sorry about that! A new one ships today.",
        });
        Assert.IsTrue(reply.IsSuccessStatusCode, await reply.Content.ReadAsStringAsync());

        await Eventually.TrueAsync(() => Task.FromResult(!mastodon.Statuses.IsEmpty), "the reply goes out", WorkerOnLocalDataverse.Patience);
        var (status, message) = (0, (string?)null);
        await Eventually.TrueAsync(async () =>
        {
            (status, message) = await WebhookJobAsync(http);
            return status is 30 or 31;
        }, "the webhook's system job ends", WorkerOnLocalDataverse.Patience);
        Assert.AreEqual(30, status, message + ": the webhook's system job succeeded: the worker took the context with its key");

        await worker.StopAsync();
    }

    private static async Task<(int Status, string? Message)> WebhookJobAsync(HttpClient http)
    {
        var jobs = await http.GetStringAsync("asyncoperations?$select=statuscode,message&$filter=name eq 'scrm_ReplyWebhook: Create of scrm_mention'");
        using var document = JsonDocument.Parse(jobs);
        var found = document.RootElement.GetProperty("value");
        return found.GetArrayLength() == 0 ? (0, null)
            : (found[0].GetProperty("statuscode").GetInt32(), found[0].TryGetProperty("message", out var text) ? text.GetString() : null);
    }

    private static async Task<Guid> CustomerWroteAsync(HttpClient http)
    {
        using var created = await http.PostAsJsonAsync(Table.EntitySetName, new Dictionary<string, object>
        {
            [Table.Platform] = (int)SocialPlatform.Mastodon,
            [Table.ExternalPostId] = CustomerPost,
            [Table.AuthorExternalId] = "customer-77",
            [Table.AuthorHandle] = "ann",
            [Table.Description] = "My order arrived broken.",
            [Table.PostedOn] = DateTime.UtcNow.AddMinutes(-30).ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
        });
        Assert.IsTrue(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        var json = await http.GetStringAsync($"{Table.EntitySetName}?$select=_{Table.Conversation}_value&$filter={Table.ExternalPostId} eq '{CustomerPost}'");
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("value")[0].GetProperty($"_{Table.Conversation}_value").GetGuid();
    }
}
