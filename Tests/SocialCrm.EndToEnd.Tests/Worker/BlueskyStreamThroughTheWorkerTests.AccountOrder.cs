extern alias workflow;

using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Schema;
using SocialCrm.Tests.Networks;
using workflow::SocialCrm.WorkflowActivities.CustomApiCalls;

namespace SocialCrm.EndToEnd.Tests.Worker;

/// <summary>
/// Account events reach the CRM out of order (a relay replays, a second worker lags, a workflow step sets a status): the
/// profile shows the status the network said last, by the account event's own time
/// (com.atproto.sync.subscribeRepos#account "time", https://github.com/bluesky-social/jetstream#example-events), with that
/// time in Account Status As Of.
/// </summary>
public sealed partial class BlueskyStreamThroughTheWorkerTests
{
    private static readonly DateTime TakenDownAt = new(2024, 9, 9, 20, 10, 0, DateTimeKind.Utc);

    [TestMethod]
    public async Task Two_account_events_delivered_out_of_order_leave_the_newer_status_on_the_profile()
    {
        await using var jetstream = await JetstreamServer.StartAsync();
        await using var rig = await StartListeningAsync(jetstream);
        jetstream.Publish(Commit("mention"));
        await StoredMention.EventuallyAsync(rig, MentionUri, _ => true, "the mention lands");

        jetstream.Publish(Account(Author, active: false, "takendown", "2024-09-09T20:10:00.000Z"));
        jetstream.Publish(Account(Author, active: true, null, "2024-09-09T20:00:00.000Z"));
        // Read after both account events: once the profile shows it and the account's change is applied, both were handled.
        jetstream.Publish(Identity(Author, "kasa.example.com", "2024-09-09T20:20:00.000Z"));
        await HandleAsync(rig, "kasa.example.com", "the handle change read after both account events lands");
        await Eventually.TrueAsync(() => Task.FromResult(AccountChangesPending(rig) == 0), "the worker settles the account's changes", WorkerOnLocalDataverse.Patience);

        Assert.AreEqual(((int?)AccountStatus.TakenDown, (DateTime?)TakenDownAt), ShownAccountStatus(rig));
    }

    /// <summary>
    /// The workflow step Find or Create Social Profile gave the newer status (its Account Status and As Of inputs); the
    /// worker then delivers an older account event, which its own store cannot know is older: Dataverse leaves it out.
    /// </summary>
    [TestMethod]
    public async Task An_account_event_older_than_the_status_a_workflow_step_gave_changes_nothing()
    {
        await using var jetstream = await JetstreamServer.StartAsync();
        await using var rig = await StartListeningAsync(jetstream);
        jetstream.Publish(Commit("mention"));
        await StoredMention.EventuallyAsync(rig, MentionUri, _ => true, "the mention lands");
        FindOrCreateSocialProfileCall.ReadResponse(rig.Crm.Service.Execute(FindOrCreateSocialProfileCall.BuildRequest(
            new OptionSetValue((int)SocialPlatform.Bluesky), Author, null, null, TakenDownAt, new OptionSetValue((int)AccountStatus.TakenDown))));

        jetstream.Publish(Account(Author, active: true, null, "2024-09-09T20:00:00.000Z"));
        await Eventually.TrueAsync(() => Task.FromResult(AccountChangeApplied(rig, AccountStatus.Active)), "the worker sent the older account event and Dataverse took the call",
            WorkerOnLocalDataverse.Patience);

        Assert.AreEqual(((int?)AccountStatus.TakenDown, (DateTime?)TakenDownAt), ShownAccountStatus(rig));
    }

    private static (int? Status, DateTime? AsOf) ShownAccountStatus(WorkerOnLocalDataverse rig)
    {
        var profile = Profiles(rig, Author).Single();
        return (profile.GetAttributeValue<OptionSetValue>(SocialProfileTable.AccountStatus)?.Value, profile.GetAttributeValue<DateTime?>(SocialProfileTable.AccountStatusAsOf));
    }

    private static int AccountChangesPending(WorkerOnLocalDataverse rig) =>
        (int)(long)Removals(rig, "SELECT count(*) FROM account_changes WHERE user_id = $did AND state <> 'applied';")!;

    /// <summary>Whether the worker's row of the account (removals.db, beside the queue) holds <paramref name="status"/>, applied.</summary>
    private static bool AccountChangeApplied(WorkerOnLocalDataverse rig, AccountStatus status) =>
        (long)Removals(rig, "SELECT count(*) FROM account_changes WHERE user_id = $did AND status = $value AND state = 'applied';", (int)status)! == 1;

    /// <summary>One figure from the worker's removals.db (beside the queue), of <see cref="Author"/> and <paramref name="value"/>.</summary>
    private static object? Removals(WorkerOnLocalDataverse rig, string sql, object? value = null)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(rig.Folder, "removals.db"), Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$did", Author);
        if (value != null)
        {
            command.Parameters.AddWithValue("$value", value);
        }

        return command.ExecuteScalar();
    }
}
