using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Integration.Mentions;
using SocialCrm.Integration.Removals;
using SocialCrm.Integration.Sink;
using SocialCrm.Integration.Tests.Support;
using SocialCrm.Mentions;

namespace SocialCrm.Integration.Tests.Sink;

/// <summary>
/// Issue #13, defect 7, upgrading a running org: Messenger message ids keep case now, while the worker before stored them
/// as sent. Rows are written here as that worker wrote them (the id as sent), into LocalDataverse served with the solution.
/// </summary>
[TestClass]
public sealed class LegacyIdRewriterTests
{
    private const string Deleted = "m_AG5Hz2Uq7tuwNEhXfYYKj8mJEM_QPpz5jdCK48PnKAjSdjfipqxqMvK8ma6AC8fplwlqLP";
    private const string Redelivered = "m_BQ7kLmNoPqRsTuVwXyZaBcDeFgHiJk";

    [TestMethod]
    public async Task A_message_stored_with_its_id_as_sent_is_deleted_by_a_removal_naming_it_and_another_takes_its_redelivery_on_its_own_row()
    {
        using var dataverse = await ServedLocalDataverse.StartAsync(Path.Combine(TempFolder.Create("socialcrm-legacyids-"), "dataverse"));
        using var services = Services(dataverse.Url);
        await StoredAsSentAsync(services, Deleted, "Is my parcel lost?");
        await StoredAsSentAsync(services, Redelivered, "Where is order 4471?");
        var rewriter = services.GetRequiredService<LegacyIdRewriter>();
        var removals = new DataverseRemovalClient(services.GetRequiredService<IHttpClientFactory>(), services.GetRequiredService<DataverseEndpoint>(), rewriter);
        var sink = new DataverseWebApiClient(services.GetRequiredService<IHttpClientFactory>(), services.GetRequiredService<DataverseEndpoint>(), rewriter);

        var removal = await removals.RemoveAsync(new MentionRemoval(SocialPlatform.Facebook, Deleted, MentionStatus.DeletedByAuthor), CancellationToken.None);
        var redelivery = await sink.UpsertMentionsAsync([new Mention(SocialPlatform.Facebook, Redelivered, new MentionAuthor("3201"),
            new DateTimeOffset(2025, 3, 1, 9, 0, 0, TimeSpan.Zero), "Where is order 4471?", ThreadId: "dm:3201", MessageType: MessageType.PrivateMessage)], CancellationToken.None);

        Assert.IsTrue(removal.IsApplied, removal.Reason);
        Assert.AreEqual(UpsertResult.Landed, redelivery.Result, redelivery.Message);
        var rows = await dataverse.AllAsync(MentionTable.EntitySetName, $"{MentionTable.ExternalPostId},{MentionTable.StatusCode},{MentionTable.Description}");
        Assert.HasCount(2, rows, "no second row for either message");
        var deleted = rows.Single(row => row.GetProperty(MentionTable.ExternalPostId).GetString() == PostIds.ForDataverse(SocialPlatform.Facebook, Deleted));
        Assert.AreEqual((int)MentionStatus.DeletedByAuthor, deleted.GetProperty(MentionTable.StatusCode).GetInt32());
        Assert.IsFalse(deleted.TryGetProperty(MentionTable.Description, out var text) && text.ValueKind != System.Text.Json.JsonValueKind.Null, "its text is erased");
        Assert.IsTrue(rows.Any(row => row.GetProperty(MentionTable.ExternalPostId).GetString() == PostIds.ForDataverse(SocialPlatform.Facebook, Redelivered)));
    }

    /// <summary>A private message of person 3201 on Facebook with its id as the network sent it, as the older worker wrote it.</summary>
    private static async Task StoredAsSentAsync(ServiceProvider services, string mid, string text)
    {
        var endpoint = services.GetRequiredService<DataverseEndpoint>();
        using var http = services.GetRequiredService<IHttpClientFactory>().CreateClient(DataverseWebApiClient.HttpClientName);
        using var response = await http.PostAsJsonAsync(new Uri(await endpoint.AddressAsync(CancellationToken.None), DataverseWebApiClient.ApiPath + MentionTable.EntitySetName), new System.Collections.Generic.Dictionary<string, object>
        {
            [MentionTable.Platform] = (int)SocialPlatform.Facebook,
            [MentionTable.ExternalPostId] = mid,
            [MentionTable.MessageType] = (int)MessageType.PrivateMessage,
            [MentionTable.ThreadId] = "dm:3201",
            [MentionTable.AuthorExternalId] = "3201",
            [MentionTable.Description] = text,
            [MentionTable.PostedOn] = "2025-03-01T09:00:00Z",
        });
        Assert.IsTrue(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    private static ServiceProvider Services(Uri dataverse)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddHttpClient(DataverseWebApiClient.HttpClientName);
        var endpoint = new DataverseEndpoint();
        endpoint.Resolve(dataverse);
        services.AddSingleton(endpoint);
        services.AddSingleton<LegacyIdRewriter>();
        return services.BuildServiceProvider();
    }
}
