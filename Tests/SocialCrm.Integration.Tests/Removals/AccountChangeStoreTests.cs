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

/// <summary>Issue #13, account events: the newest state of an author's account is kept until Dataverse has it; an older
/// or redelivered event never undoes it, and a handle change on its way is not replaced by it.</summary>
[TestClass]
public sealed class AccountChangeStoreTests
{
    private const string Did = "did:plc:eygmaihciaxprqvxpfvl6flk";
    private static readonly DateTimeOffset Deactivated = new(2024, 9, 9, 20, 10, 0, TimeSpan.Zero);

    private static SqliteRemovalStore Store() => new(
        Options.Create(new QueueOptions { Path = Path.Combine(TempFolder.Create(), "queue.db") }), Options.Create(new RemovalOptions()), TimeProvider.System);

    private static readonly AccountChange Newer = new(SocialPlatform.Bluesky, Did, AccountStatus.Deactivated, Deactivated);

    [TestMethod]
    public async Task An_older_account_event_arriving_after_a_newer_one_is_left_out()
    {
        var store = Store();
        await store.RecordAccountChangesAsync([Newer], "test", CancellationToken.None);

        await store.RecordAccountChangesAsync([Newer with { Status = AccountStatus.Active, ChangedAt = Deactivated.AddMinutes(-10) }], "test", CancellationToken.None);

        Assert.AreEqual(Newer, (await store.DueAccountChangesAsync(10, CancellationToken.None)).Single());
    }

    [TestMethod]
    public async Task An_account_event_delivered_again_after_it_was_applied_is_not_sent_again_and_a_newer_one_is()
    {
        var store = Store();
        await store.RecordAccountChangesAsync([Newer], "test", CancellationToken.None);
        await store.AccountChangeAppliedAsync((await store.DueAccountChangesAsync(10, CancellationToken.None)).Single(), CancellationToken.None);

        await store.RecordAccountChangesAsync([Newer], "test", CancellationToken.None);
        var afterRedelivery = await store.DueAccountChangesAsync(10, CancellationToken.None);
        var reactivated = Newer with { Status = AccountStatus.Active, ChangedAt = Deactivated.AddDays(1) };
        await store.RecordAccountChangesAsync([reactivated], "test", CancellationToken.None);

        Assert.IsEmpty(afterRedelivery);
        Assert.AreEqual(reactivated, (await store.DueAccountChangesAsync(10, CancellationToken.None)).Single());
    }

    [TestMethod]
    public async Task An_account_event_leaves_a_handle_change_of_the_same_author_due()
    {
        var store = Store();
        var renamed = new ProfileChange(SocialPlatform.Bluesky, Did, "kasa.example.com", Deactivated.AddMinutes(-5));
        await store.RecordProfileChangesAsync([renamed], "test", CancellationToken.None);

        await store.RecordAccountChangesAsync([Newer], "test", CancellationToken.None);

        Assert.AreEqual(renamed, (await store.DueProfileChangesAsync(10, CancellationToken.None)).Single());
        Assert.AreEqual(Newer, (await store.DueAccountChangesAsync(10, CancellationToken.None)).Single());
    }
}
