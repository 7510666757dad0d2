using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Options;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Integration.Queue;
using SocialCrm.Integration.Removals;
using SocialCrm.Integration.Tests.Support;
using SocialCrm.Mentions;

namespace SocialCrm.Integration.Tests.Removals;

/// <summary>Issue #13, edits: how an author's edit is kept until Dataverse has it, beside the removals.</summary>
[TestClass]
public sealed class EditStoreTests
{
    private static readonly DateTimeOffset FirstEdit = new(2022, 8, 30, 23, 15, 0, TimeSpan.Zero);

    private static SqliteRemovalStore Store() => new(
        Options.Create(new QueueOptions { Path = Path.Combine(TempFolder.Create(), "queue.db") }), Options.Create(new RemovalOptions()), TimeProvider.System);

    [TestMethod]
    public async Task An_edit_of_a_deleted_post_is_dropped_so_its_erased_text_never_comes_back()
    {
        var store = Store();
        await store.RecordEditsAsync([new MentionEdit(SocialPlatform.Mastodon, "1001", "edited", FirstEdit)], "test", CancellationToken.None);

        await store.RecordAsync([new MentionRemoval(SocialPlatform.Mastodon, "1001", MentionStatus.DeletedByAuthor)], "test", CancellationToken.None);

        Assert.IsEmpty(await store.DueEditsAsync(10, CancellationToken.None));
    }

    [TestMethod]
    public async Task An_edit_recorded_while_an_older_one_was_being_applied_stays_due()
    {
        var store = Store();
        var older = new MentionEdit(SocialPlatform.Mastodon, "1001", "first", FirstEdit);
        var newer = older with { Text = "second", EditedAt = FirstEdit.AddMinutes(5) };
        await store.RecordEditsAsync([older], "test", CancellationToken.None);
        var applying = (await store.DueEditsAsync(10, CancellationToken.None)).Single();

        await store.RecordEditsAsync([newer], "test", CancellationToken.None);
        await store.EditAppliedAsync(applying, CancellationToken.None);

        Assert.AreEqual(newer, (await store.DueEditsAsync(10, CancellationToken.None)).Single());
    }

    /// <summary>A Page's unhide names no text of its own (meta-feed-unhide.json); the author's edit made while the comment
    /// was hidden, dropped then, is the comment's current text.</summary>
    [TestMethod]
    public async Task A_comment_its_author_edited_while_the_Page_hid_it_reopens_with_the_edited_text()
    {
        var store = Store();
        await store.RecordAsync([new MentionRemoval(SocialPlatform.Facebook, "5000_7003", MentionStatus.HiddenByPage)], "test", CancellationToken.None);
        await store.RecordEditsAsync([new MentionEdit(SocialPlatform.Facebook, "5000_7003", "Wrong size again, still no answer 😠", FirstEdit)], "test",
            CancellationToken.None);
        Assert.IsEmpty(await store.DueEditsAsync(10, CancellationToken.None), "a hidden comment takes no edit");

        await store.RecordEditsAsync([new MentionEdit(SocialPlatform.Facebook, "5000_7003", null, FirstEdit.AddMinutes(5), VisibleAgain: true)], "test",
            CancellationToken.None);

        Assert.AreEqual(new MentionEdit(SocialPlatform.Facebook, "5000_7003", "Wrong size again, still no answer 😠", FirstEdit.AddMinutes(5), VisibleAgain: true),
            (await store.DueEditsAsync(10, CancellationToken.None)).Single());
    }

    [TestMethod]
    public async Task Ids_that_differ_only_in_case_are_one_post_on_Mastodon_and_two_on_Bluesky_for_removals_and_edits()
    {
        var store = Store();
        await store.RecordAsync([new MentionRemoval(SocialPlatform.Bluesky, "3kAbc", MentionStatus.DeletedByAuthor)], "test", CancellationToken.None);

        await store.RecordEditsAsync([new MentionEdit(SocialPlatform.Bluesky, "3kabc", "other post", FirstEdit)], "test", CancellationToken.None);

        Assert.AreEqual("3kabc", (await store.DueEditsAsync(10, CancellationToken.None)).Single().ExternalPostId, "Bluesky record keys are case-sensitive");
    }

    /// <summary>A worker and its `status` command, or two workers, open one removals.db at the same moment: each makes
    /// the file's columns once, none fails because the other made them first.</summary>
    [TestMethod]
    public async Task Stores_opening_one_new_file_at_once_all_record_their_edits()
    {
        for (var file = 0; file < 10; file++)
        {
            var queue = Options.Create(new QueueOptions { Path = Path.Combine(TempFolder.Create(), "queue.db") });
            var stores = Enumerable.Range(0, 8).Select(_ => new SqliteRemovalStore(queue, Options.Create(new RemovalOptions()), TimeProvider.System)).ToList();
            var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var recording = stores.Select(async (store, i) =>
            {
                await start.Task;
                await store.RecordEditsAsync([new MentionEdit(SocialPlatform.Mastodon, $"100{i}", $"edit {i}", FirstEdit)], "test", CancellationToken.None);
            }).ToList();

            start.SetResult();
            await Task.WhenAll(recording);

            Assert.HasCount(8, await stores[0].DueEditsAsync(10, CancellationToken.None));
        }
    }

    [TestMethod]
    public async Task A_post_version_recorded_before_a_restart_still_sends_its_delete_to_the_original_post()
    {
        var queue = Options.Create(new QueueOptions { Path = Path.Combine(TempFolder.Create(), "queue.db") });
        var before = new SqliteRemovalStore(queue, Options.Create(new RemovalOptions()), TimeProvider.System);
        await before.RecordVersionsAsync([new PostVersions(SocialPlatform.X, "1001", ["1001", "1002", "1003"])], CancellationToken.None);

        var after = new SqliteRemovalStore(queue, Options.Create(new RemovalOptions()), TimeProvider.System);
        await after.RecordAsync([new MentionRemoval(SocialPlatform.X, "1002", MentionStatus.DeletedByAuthor)], "test", CancellationToken.None);

        Assert.AreEqual(new MentionRemoval(SocialPlatform.X, "1001", MentionStatus.DeletedByAuthor), (await after.DueAsync(10, CancellationToken.None)).Single());
    }
}
