using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Integration.Queue;
using SocialCrm.Integration.Removals;
using SocialCrm.Integration.Tests.Support;
using SocialCrm.Mentions;

namespace SocialCrm.Integration.Tests.Removals;

/// <summary>
/// Issue #13: removals.db files written before post ids were keyed as Dataverse compares them ("platform:id" with the
/// id as the network sent it) keep working: their tombstones and edits are found under today's keys.
/// </summary>
[TestClass]
public sealed class OldKeyTombstoneTests
{
    private const string Video = "yt:video:Xk8dQ2_vB7a";

    [TestMethod]
    public async Task A_tombstone_recorded_under_the_old_key_still_stops_its_late_post()
    {
        var queuePath = OlderWorkersFile(
            $"INSERT INTO removals VALUES ('{(int)SocialPlatform.YouTube}:{Video}', {(int)SocialPlatform.YouTube}, '{Video}', {(int)MentionStatus.Unpublished}, 'feed', 'tombstone', 3, 0, 0, NULL);");

        var store = Store(queuePath);
        var late = Posts.Numbered(Video, platform: SocialPlatform.YouTube);
        var removed = await store.RemovedKeysAsync([late], CancellationToken.None);

        CollectionAssert.AreEqual(new[] { late.Key }, removed.ToArray());
        Assert.AreEqual(1, (await store.CountsAsync(CancellationToken.None)).Tombstones);
    }

    [TestMethod]
    public async Task Where_both_key_forms_hold_a_removal_the_delete_outranks_and_one_row_stays()
    {
        var queuePath = OlderWorkersFile(
            $"INSERT INTO removals VALUES ('{(int)SocialPlatform.YouTube}:{Video}', {(int)SocialPlatform.YouTube}, '{Video}', {(int)MentionStatus.DeletedByAuthor}, 'feed', 'pending', 0, 0, 0, NULL);");
        var store = Store(queuePath);
        await store.RecordAsync([new MentionRemoval(SocialPlatform.YouTube, Video, MentionStatus.Unpublished)], "feed", CancellationToken.None);

        var due = (await store.DueAsync(10, CancellationToken.None)).Single();

        Assert.AreEqual(MentionStatus.DeletedByAuthor, due.Status);
    }

    [TestMethod]
    public async Task An_edit_recorded_under_the_old_key_is_still_due_and_dropped_with_its_posts_removal()
    {
        var queuePath = OlderWorkersFile(
            $"INSERT INTO edits (mention_key, platform, post_id, text, edited_at, source, state, attempts, received_at, due_at, last_error) VALUES ('{(int)SocialPlatform.YouTube}:{Video}', {(int)SocialPlatform.YouTube}, '{Video}', 'new title', 1740819600000, 'feed', 'pending', 0, 0, 0, NULL);");
        var store = Store(queuePath);

        var edit = (await store.DueEditsAsync(10, CancellationToken.None)).Single();
        await store.RecordAsync([new MentionRemoval(SocialPlatform.YouTube, Video, MentionStatus.DeletedByAuthor)], "feed", CancellationToken.None);

        Assert.AreEqual(Video, edit.ExternalPostId);
        Assert.IsEmpty(await store.DueEditsAsync(10, CancellationToken.None), "the edit's row carries today's key, so the removal drops it");
    }

    /// <summary>Issue #13, defect 7: Facebook and Instagram keys folded case (user_version 1) until message ids kept it.</summary>
    [TestMethod]
    public async Task A_Messenger_messages_tombstone_recorded_while_Meta_keys_folded_case_still_stops_that_message_and_not_its_lower_case_twin()
    {
        const string mid = "m_AG5Hz2Uq7tuwNEhXfYYKj8mJEM";
        var queuePath = OlderWorkersFile(
            $"INSERT INTO removals VALUES ('{(int)SocialPlatform.Facebook}:{mid.ToLowerInvariant()}', {(int)SocialPlatform.Facebook}, '{mid}', {(int)MentionStatus.DeletedByAuthor}, 'webhook:meta', 'tombstone', 3, 0, 0, NULL);",
            keysVersion: 1);

        var store = Store(queuePath);
        var late = Posts.Numbered(mid, platform: SocialPlatform.Facebook);
        var twin = Posts.Numbered(mid.ToLowerInvariant(), platform: SocialPlatform.Facebook);
        var removed = await store.RemovedKeysAsync([late, twin], CancellationToken.None);

        CollectionAssert.AreEqual(new[] { late.Key }, removed.ToArray());
    }

    /// <summary>A removals.db as an older worker left it: today's tables, the old key in them, its user_version.</summary>
    private static string OlderWorkersFile(string rows, int keysVersion = 0)
    {
        var queuePath = Path.Combine(TempFolder.Create(), "queue.db");
        Store(queuePath).CountsAsync(CancellationToken.None).GetAwaiter().GetResult();
        using (var connection = new SqliteConnection($"Data Source={Path.Combine(Path.GetDirectoryName(queuePath)!, SqliteRemovalStore.FileName)};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = rows + $"PRAGMA user_version = {keysVersion};";
            command.ExecuteNonQuery();
        }

        return queuePath;
    }

    private static SqliteRemovalStore Store(string queuePath) => new(
        Options.Create(new QueueOptions { Path = queuePath }), Options.Create(new RemovalOptions()), TimeProvider.System);
}
