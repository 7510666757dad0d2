using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Options;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Integration.Mentions;
using SocialCrm.Integration.Queue;
using SocialCrm.Integration.Sources.Import;
using SocialCrm.Integration.Tests.Support;
using SocialCrm.Mentions;

namespace SocialCrm.Integration.Tests.Sources.Import;

[TestClass]
public sealed class MentionFileImporterTests
{
    private readonly FixedClock clock = new(FixedClock.Noon);
    private readonly SqliteMentionQueue queue;
    private readonly MentionFileImporter importer;

    public MentionFileImporterTests()
    {
        queue = new SqliteMentionQueue(Options.Create(new QueueOptions { Path = Path.Combine(TempFolder.Create(), "queue.db") }), clock);
        importer = new MentionFileImporter(new MentionNormalizer(clock), queue);
    }

    [TestMethod]
    public async Task JSON_Lines_import_queues_good_lines_and_reports_each_bad_line_by_number_with_its_reasons()
    {
        var summary = await importer.ImportAsync(Samples.Path("mentions.jsonl"), ImportFormat.JsonLines, null, CancellationToken.None);

        Assert.AreEqual(3, summary.Accepted);
        CollectionAssert.AreEqual(new[] { 4, 5, 6 }, summary.Rejected.Select(r => r.Line).ToArray());
        StringAssert.StartsWith(summary.Rejected[0].Reason, "externalPostId (scrm_externalpostid) is required");
        StringAssert.StartsWith(summary.Rejected[1].Reason, "The line is not JSON:");
        StringAssert.Contains(summary.Rejected[2].Reason, "colour is not a field of a mention");
        StringAssert.Contains(summary.Rejected[2].Reason, "platform (scrm_platform) is not a known network: 'myspace'");
        var queued = await queue.ReceiveAsync(10, CancellationToken.None);
        CollectionAssert.AreEqual(new[] { "1001", "2002", "3006" }, queued.Select(m => m.Mention.ExternalPostId).ToArray());
        Assert.AreEqual("📦 arrived", queued[2].Mention.Text);
    }

    /// <summary>Issue #13, file import: a post, a reply and a private message in three scripts with emoji, each the
    /// message type its line names (the import's own format: the fields of MentionFields), imported twice.</summary>
    [TestMethod]
    public async Task Imported_posts_replies_and_private_messages_keep_their_type_and_non_Latin_text_and_a_second_import_changes_nothing()
    {
        await importer.ImportAsync(Samples.Path("mentions-kinds.jsonl"), ImportFormat.JsonLines, null, CancellationToken.None);
        var again = await importer.ImportAsync(Samples.Path("mentions-kinds.jsonl"), ImportFormat.JsonLines, null, CancellationToken.None);

        Assert.AreEqual(3, again.Accepted);
        var queued = (await queue.ReceiveAsync(10, CancellationToken.None)).Select(m => m.Mention).ToList();
        CollectionAssert.AreEqual(new[] { MessageType.PublicPost, MessageType.CommentOrReply, MessageType.PrivateMessage },
            queued.Select(m => m.MessageType).ToArray(), "each once, in the file's order");
        CollectionAssert.AreEqual(new[] { "新款雨伞很好用 ☔👍", "طلبي لم يصل بعد 😟", "मेरा ऑर्डर कहाँ है? 📦🙏" }, queued.Select(m => m.Text).ToArray());
        Assert.AreEqual("ليلى", queued[1].Author.DisplayName);
        Assert.AreEqual("900_5100", queued[1].InReplyToId);
        Assert.AreEqual("dm:3203", queued[2].ThreadId);
    }

    [TestMethod]
    public async Task CSV_import_reads_quoted_commas_quotes_and_line_breaks_and_numbers_records_by_their_first_line()
    {
        var summary = await importer.ImportAsync(Samples.Path("mentions.csv"), ImportFormat.Csv, null, CancellationToken.None);

        Assert.AreEqual(3, summary.Accepted);
        CollectionAssert.AreEqual(new[] { 5, 6, 7 }, summary.Rejected.Select(r => r.Line).ToArray());
        StringAssert.StartsWith(summary.Rejected[0].Reason, "authorExternalId (scrm_authorexternalid) is required");
        StringAssert.StartsWith(summary.Rejected[1].Reason, "likes (scrm_likes) is not a whole number: 'lots'");
        StringAssert.StartsWith(summary.Rejected[2].Reason, "The record has 2 fields and the header 7.");
        var queued = await queue.ReceiveAsync(10, CancellationToken.None);
        Assert.AreEqual("Line one\nline two, with a comma", queued[0].Mention.Text);
        Assert.AreEqual("She said \"refund\"", queued[1].Mention.Text);
        Assert.AreEqual(SocialPlatform.YouTube, queued[2].Mention.Platform);
    }

    [TestMethod]
    public async Task CSV_header_naming_an_unknown_field_stops_the_import_before_anything_is_queued()
    {
        var error = await Assert.ThrowsExactlyAsync<ImportFileException>(() =>
            importer.ImportAsync(Samples.Path("unknown-column.csv"), ImportFormat.Csv, null, CancellationToken.None));

        StringAssert.StartsWith(error.Message, "The CSV header names 'author', which is not a field of a mention");
        Assert.AreEqual(0, (await queue.StatusAsync(0, CancellationToken.None)).Pending);
    }

    [TestMethod]
    public async Task Importing_the_same_file_twice_queues_each_post_once()
    {
        await importer.ImportAsync(Samples.Path("mentions.jsonl"), ImportFormat.JsonLines, null, CancellationToken.None);
        await importer.ImportAsync(Samples.Path("mentions.jsonl"), ImportFormat.JsonLines, null, CancellationToken.None);

        Assert.AreEqual(3, (await queue.StatusAsync(0, CancellationToken.None)).Pending);
    }

    [TestMethod]
    public async Task JSON_Lines_line_holding_a_lone_surrogate_is_rejected_alone_and_the_lines_around_it_are_queued()
    {
        var path = Path.Combine(TempFolder.Create(), "surrogate.jsonl");
        File.WriteAllLines(path,
        [
            """{"platform":"x","externalPostId":"1","authorExternalId":"a","text":"before","postedOn":"2025-03-01T09:00:00Z"}""",
            """{"platform":"x","externalPostId":"2","authorExternalId":"a","text":"broken \ud800 text","postedOn":"2025-03-01T09:01:00Z"}""",
            """{"platform":"x","externalPostId":"3","authorExternalId":"a","text":"after","postedOn":"2025-03-01T09:02:00Z"}""",
        ]);

        var summary = await importer.ImportAsync(path, ImportFormat.JsonLines, null, CancellationToken.None);

        Assert.AreEqual(2, summary.Accepted);
        Assert.AreEqual(2, summary.Rejected.Single().Line);
        Assert.AreEqual("text is not valid text: it holds an unpaired surrogate or bytes that are not UTF-8.", summary.Rejected.Single().Reason);
        var queued = await queue.ReceiveAsync(10, CancellationToken.None);
        CollectionAssert.AreEqual(new[] { "1", "3" }, queued.Select(m => m.Mention.ExternalPostId).ToArray());
    }
}
