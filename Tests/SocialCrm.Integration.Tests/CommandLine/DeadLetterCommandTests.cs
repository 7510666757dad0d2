using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Integration.CommandLine;
using SocialCrm.Integration.Queue;
using SocialCrm.Integration.Sink;
using SocialCrm.Integration.Tests.Support;

namespace SocialCrm.Integration.Tests.CommandLine;

[TestClass]
public sealed class DeadLetterCommandTests
{
    private const string ServerRefusal = "400 BadRequest (0x80040265): Mention 7 was refused by intake.";

    private readonly TestConsole console = new();
    private readonly string queuePath = Path.Combine(TempFolder.Create(), "queue.db");
    private readonly SqliteMentionQueue queue;

    public DeadLetterCommandTests() =>
        queue = new SqliteMentionQueue(Options.Create(new QueueOptions { Path = queuePath }), TimeProvider.System);

    private Task<int> Run(params string[] args) => SocialCrmCommandLine.Create(new CommandEnvironment
    {
        Console = console.Console,
        Configure = config => config.AddInMemoryCollection(new Dictionary<string, string?> { ["Queue:Path"] = queuePath }),
    }).Parse(args).InvokeAsync();

    /// <summary>One mention the server refused after three deliveries, and one delivery item the edge refused.</summary>
    private async Task DeadLetterBothKindsAsync()
    {
        await queue.EnqueueAsync([Posts.Numbered("7", "refused text")], "import", CancellationToken.None);
        for (var attempt = 1; attempt < 3; attempt++)
        {
            await queue.AbandonAsync(await queue.ReceiveAsync(1, CancellationToken.None), TimeSpan.Zero, ServerRefusal, CancellationToken.None);
        }

        var last = (await queue.ReceiveAsync(1, CancellationToken.None)).Single();
        await queue.DeadLetterAsync(last, RedeliveryPolicy.GaveUp(last.Attempt, ServerRefusal), CancellationToken.None);

        await queue.DeadLetterRejectedAsync("webhook:meta", """{"field":"feed"}""", "postedOn (scrm_postedon) is required.", CancellationToken.None);
    }

    [TestMethod]
    public async Task List_shows_each_dead_letter_with_its_id_source_and_reason()
    {
        await DeadLetterBothKindsAsync();

        Assert.AreEqual(0, await Run("deadletter", "list"));

        StringAssert.Contains(console.Output, "Gave up after 3 attempts. Last error: " + ServerRefusal);
        StringAssert.Contains(console.Output, "(refused at the edge)");
        StringAssert.Contains(console.Output, "2 dead letter(s) shown.");
    }

    [TestMethod]
    public async Task Show_prints_the_payload_and_an_unknown_id_exits_with_one()
    {
        await DeadLetterBothKindsAsync();
        var edge = (await queue.ListAsync(1, CancellationToken.None)).Single();

        Assert.AreEqual(0, await Run("deadletter", "show", edge.Id.ToString()));
        Assert.AreEqual(1, await Run("deadletter", "show", "999"));

        StringAssert.Contains(console.Output, """{"field":"feed"}""");
        StringAssert.Contains(console.Output, "No dead letter has id 999.");
    }

    [TestMethod]
    public async Task Replay_all_puts_the_refused_mention_back_with_a_fresh_attempt_count_and_keeps_what_the_edge_refused()
    {
        await DeadLetterBothKindsAsync();

        Assert.AreEqual(0, await Run("deadletter", "replay", "--all"));

        StringAssert.Contains(console.Output, "Replayed: 1");
        StringAssert.Contains(console.Output, "Not replayed: 1 refused at the edge");
        var again = (await queue.ReceiveAsync(10, CancellationToken.None)).Single();
        Assert.AreEqual("7", again.Mention.ExternalPostId);
        Assert.AreEqual(1, again.Attempt);
        Assert.AreEqual("webhook:meta", (await queue.ListAsync(10, CancellationToken.None)).Single().Source);
    }

    [TestMethod]
    public async Task Purge_by_id_deletes_that_letter_only_and_replay_without_a_selection_changes_nothing()
    {
        await DeadLetterBothKindsAsync();
        var edge = (await queue.ListAsync(1, CancellationToken.None)).Single();

        Assert.AreEqual(1, await Run("deadletter", "replay"));
        Assert.AreEqual(0, await Run("deadletter", "purge", "--id", edge.Id.ToString()));

        StringAssert.Contains(console.Output, "Say which dead letters to replay: --id N for one, or --all.");
        StringAssert.Contains(console.Output, "Purged: 1.");
        var left = (await queue.ListAsync(10, CancellationToken.None)).Single();
        Assert.AreEqual("import", left.Source);
    }
}
