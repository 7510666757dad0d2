using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Integration.Mentions;
using SocialCrm.Integration.Queue;
using SocialCrm.Integration.Removals;
using SocialCrm.Integration.Sources.Feeds;
using SocialCrm.Integration.Tests.Support;
using SocialCrm.Mentions;

namespace SocialCrm.Integration.Tests.Sources.Feeds;

[TestClass]
public sealed class FeedPollerTests
{
    private static (FeedPoller Poller, SqliteMentionQueue Queue) Build(int maxFeedBytes = 10 * 1024 * 1024)
    {
        var services = Services(maxFeedBytes);
        return (services.GetRequiredService<FeedPoller>(), services.GetRequiredService<SqliteMentionQueue>());
    }

    private static ServiceProvider Services(int maxFeedBytes = 10 * 1024 * 1024)
    {
        var folder = TempFolder.Create();
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Queue:Path"] = Path.Combine(folder, "queue.db"),
            ["Feeds:MaxFeedBytes"] = maxFeedBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }).Build();
        var log = new ListLoggerProvider();
        return new ServiceCollection()
            .AddSingleton(log)
            .AddLogging(logging => logging.AddProvider(log))
            .AddSingleton<TimeProvider>(new FixedClock(FixedClock.Noon))
            .AddMentionQueue(config)
            .AddFeedPollers(config)
            .BuildServiceProvider();
    }

    private static async Task<List<Mention>> Queued(SqliteMentionQueue queue) =>
        (await queue.ReceiveAsync(100, CancellationToken.None)).Select(m => m.Mention).ToList();

    [TestMethod]
    public async Task RSS_items_become_blog_mentions_with_plain_text_author_and_link()
    {
        await using var site = await FeedServer.StartAsync();
        site.Serve("rss", Samples.Text("blog-rss.xml"));
        var (poller, queue) = Build();

        var count = await poller.PollAsync(new FeedSubscription { Url = site.Url("rss") }, CancellationToken.None);

        Assert.AreEqual(2, count);
        var first = (await Queued(queue))[0];
        Assert.AreEqual(SocialPlatform.Blog, first.Platform);
        Assert.AreEqual("blog.example/post/101", first.ExternalPostId);
        Assert.AreEqual("Frances Allen", first.Author.ExternalId);
        Assert.AreEqual("Why we switched & stayed\n\nThe support team answered in minutes.", first.Text);
        Assert.AreEqual("https://blog.example/2025/03/why-we-switched", first.PostUrl);
        Assert.AreEqual(new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.Zero), first.PostedOn);
        Assert.AreEqual("en", first.Language);
    }

    [TestMethod]
    public async Task Entry_id_longer_than_the_column_becomes_a_stable_digest()
    {
        await using var site = await FeedServer.StartAsync();
        site.Serve("rss", Samples.Text("blog-rss.xml"));
        var (poller, queue) = Build();

        await poller.PollAsync(new FeedSubscription { Url = site.Url("rss") }, CancellationToken.None);

        var second = (await Queued(queue))[1];
        StringAssert.StartsWith(second.ExternalPostId, "sha256:");
        Assert.AreEqual(71, second.ExternalPostId.Length);
        Assert.AreEqual("barbara@blog.example", second.Author.Email);
    }

    [TestMethod]
    public async Task Atom_entries_become_mentions_with_their_author_uri_as_author_id()
    {
        await using var site = await FeedServer.StartAsync();
        site.Serve("atom", Samples.Text("blog-atom.xml"));
        var (poller, queue) = Build();

        await poller.PollAsync(new FeedSubscription { Url = site.Url("atom"), Platform = SocialPlatform.Other }, CancellationToken.None);

        var entry = (await Queued(queue)).Single();
        Assert.AreEqual(SocialPlatform.Other, entry.Platform);
        Assert.AreEqual("urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a", entry.ExternalPostId);
        Assert.AreEqual("https://forum.example/u/radia", entry.Author.ExternalId);
        Assert.AreEqual("Radia Perlman", entry.Author.DisplayName);
        Assert.AreEqual("Export to CSV is broken\n\nSince the update the export button does nothing.", entry.Text);
        Assert.AreEqual(new DateTimeOffset(2025, 3, 1, 9, 45, 0, TimeSpan.Zero), entry.PostedOn);
    }

    [TestMethod]
    public async Task YouTube_channel_feed_gives_videos_by_their_channel_with_the_description()
    {
        await using var site = await FeedServer.StartAsync();
        site.Serve("videos", Samples.Text("youtube-channel.xml"));
        var (poller, queue) = Build();

        await poller.PollAsync(new FeedSubscription { Url = site.Url("videos"), Platform = SocialPlatform.YouTube }, CancellationToken.None);

        var video = (await Queued(queue)).Single();
        Assert.AreEqual(SocialPlatform.YouTube, video.Platform);
        Assert.AreEqual("yt:video:dQw4w9WgXcQ", video.ExternalPostId);
        Assert.AreEqual("UCabc123", video.Author.ExternalId);
        Assert.AreEqual("Unboxing the new model\n\nThe battery lid would not close.", video.Text);
        Assert.AreEqual("https://www.youtube.com/watch?v=dQw4w9WgXcQ", video.PostUrl);
    }

    [TestMethod]
    public async Task Second_poll_sends_the_ETag_and_an_unchanged_feed_queues_nothing()
    {
        await using var site = await FeedServer.StartAsync();
        site.Serve("rss", Samples.Text("blog-rss.xml"));
        var (poller, queue) = Build();
        var feed = new FeedSubscription { Url = site.Url("rss") };

        await poller.PollAsync(feed, CancellationToken.None);
        var second = await poller.PollAsync(feed, CancellationToken.None);

        Assert.AreEqual(0, second);
        var sent = site.IfNoneMatchReceived.ToArray();
        Assert.IsNull(sent[0]);
        Assert.IsNotNull(sent[1], "the second request is conditional");
        Assert.AreEqual(2, (await queue.StatusAsync(0, CancellationToken.None)).Pending);
    }

    [TestMethod]
    public async Task Entries_already_taken_are_not_queued_again_when_the_site_ignores_validators()
    {
        await using var site = await FeedServer.StartAsync();
        site.HonoursValidators = false;
        var atom = Samples.Text("blog-atom.xml");
        site.Serve("atom", atom);
        var (poller, queue) = Build();
        var feed = new FeedSubscription { Url = site.Url("atom") };
        await poller.PollAsync(feed, CancellationToken.None);

        site.Serve("atom", atom.Replace("</feed>", """
              <entry>
                <title>Reply: works for me</title>
                <id>urn:uuid:2225c695-cfb8-4ebb-aaaa-80da344efa6b</id>
                <published>2025-03-01T11:00:00Z</published>
                <author><name>Shafi Goldwasser</name></author>
              </entry>
            </feed>
            """, StringComparison.Ordinal));
        var second = await poller.PollAsync(feed, CancellationToken.None);

        Assert.AreEqual(1, second);
        CollectionAssert.AreEqual(
            new[] { "urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a", "urn:uuid:2225c695-cfb8-4ebb-aaaa-80da344efa6b" },
            (await Queued(queue)).Select(m => m.ExternalPostId).ToArray());
    }

    /// <summary>
    /// Issue #13: a known entry was taken as delivered whatever it said, so an edited post kept its first text. An entry
    /// whose text changed (RFC 4287's atom:updated moves with it, https://www.rfc-editor.org/rfc/rfc4287#section-4.2.15)
    /// is one edit of its mention; the same entry again, or an older one, is nothing.
    /// </summary>
    [TestMethod]
    public async Task An_entry_whose_text_changed_is_one_edit_of_its_mention_and_the_same_or_an_older_entry_is_nothing()
    {
        await using var site = await FeedServer.StartAsync();
        site.HonoursValidators = false;
        var atom = Samples.Text("blog-atom.xml");
        site.Serve("atom", atom);
        await using var services = Services();
        var poller = services.GetRequiredService<FeedPoller>();
        var edits = services.GetRequiredService<IEditStore>();
        var feed = new FeedSubscription { Url = site.Url("atom"), Platform = SocialPlatform.Other };
        await poller.PollAsync(feed, CancellationToken.None);

        var edited = atom.Replace("<updated>2025-03-01T09:50:00Z</updated>", "<updated>2025-03-01T11:30:00Z</updated>", StringComparison.Ordinal)
            .Replace("the export button does nothing.", "the export button does nothing. Fixed by clearing the cache — thanks!", StringComparison.Ordinal);
        site.Serve("atom", edited);
        Assert.AreEqual(0, await poller.PollAsync(feed, CancellationToken.None), "an edited entry is no new mention");
        await poller.PollAsync(feed, CancellationToken.None);
        site.Serve("atom", atom);
        await poller.PollAsync(feed, CancellationToken.None);

        var edit = (await edits.DueEditsAsync(10, CancellationToken.None)).Single();
        Assert.AreEqual(new MentionEdit(SocialPlatform.Other, "urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a",
            "Export to CSV is broken\n\nSince the update the export button does nothing. Fixed by clearing the cache — thanks!",
            new DateTimeOffset(2025, 3, 1, 11, 30, 0, TimeSpan.Zero)), edit);
        Assert.HasCount(1, await Queued(services.GetRequiredService<SqliteMentionQueue>()), "one mention");
        Assert.AreEqual(1, services.GetRequiredService<ListLoggerProvider>().Messages.Count(m => m.Contains("1 edits", StringComparison.Ordinal)), "one edit, delivered once");
    }

    /// <summary>Issue #14, item 8: feeds had no size limit, so one endless feed could fill the worker's memory.</summary>
    [TestMethod]
    public async Task Feed_larger_than_the_limit_is_refused_whole_naming_the_limit()
    {
        await using var site = await FeedServer.StartAsync();
        var rss = Samples.Text("blog-rss.xml");
        site.Serve("rss", rss);
        var (poller, queue) = Build(maxFeedBytes: rss.Length / 2);

        var refusal = await Assert.ThrowsExactlyAsync<InvalidDataException>(
            () => poller.PollAsync(new FeedSubscription { Url = site.Url("rss") }, CancellationToken.None));

        StringAssert.Contains(refusal.Message, $"is larger than Feeds:MaxFeedBytes ({rss.Length / 2:N0} bytes); nothing of it was read.");
        Assert.IsEmpty(await Queued(queue));
    }
}
