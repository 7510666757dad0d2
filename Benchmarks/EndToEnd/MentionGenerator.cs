using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json;

namespace SocialCrm.Benchmarks.EndToEnd;

/// <summary>
/// Realistic mentions for the end-to-end runs, as JSON Lines `socialcrm import` reads: a few authors post most (author
/// n is picked with probability falling as n grows, so the top 5 % write about half), threads of a few posts where
/// later posts reply to earlier ones, texts of every sentiment, and now and then a furious post from an influential
/// author that escalates. Seeded, so every run and every batch size sends the same mentions.
/// </summary>
internal sealed class MentionGenerator
{
    private static readonly string[] Texts =
    {
        "Thanks for the quick delivery, the new phone works great!",
        "Is the store on Main Street open on Sunday?",
        "The app is a bit slow today.",
        "Got my parcel, all good. Cheers @brand",
        "Love the new update, so much faster now 😍",
        "Still waiting for my refund after three weeks. Not happy.",
        "Can someone tell me how to reset my password?",
        "Worst customer service ever, nobody answers the phone!!",
        "Ordered on Monday, arrived Wednesday. Fine.",
        "The checkout page keeps crashing on my phone, really annoying",
    };

    private const string Furious = "This is a disgrace, I am cancelling my contract and telling everyone. Terrible, awful service!!";

    private readonly Random random;
    private readonly int authors;
    private readonly DateTimeOffset start;
    private readonly string prefix;
    private readonly List<(string Thread, string Post)> openThreads = new();
    private int sequence;

    /// <param name="seed">The same seed gives the same mentions.</param>
    /// <param name="authors">How many distinct authors post.</param>
    /// <param name="prefix">Starts every post, thread and author id, so two generators never collide.</param>
    public MentionGenerator(int seed, int authors, DateTimeOffset start, string prefix = "bench")
    {
        random = new Random(seed);
        this.authors = authors;
        this.start = start;
        this.prefix = prefix;
    }

    /// <summary>The next mention as the worker's JSON input (field names of `socialcrm import`).</summary>
    public Dictionary<string, object?> Next()
    {
        var n = sequence++;
        var author = (int)(authors * Math.Pow(random.NextDouble(), 3));
        var post = $"{prefix}-post-{n}";
        string thread;
        string? inReplyTo = null;
        if (openThreads.Count > 0 && random.NextDouble() < 0.6)
        {
            var index = random.Next(openThreads.Count);
            (thread, inReplyTo) = openThreads[index];
            openThreads[index] = (thread, post);
        }
        else
        {
            thread = post;
            openThreads.Add((thread, post));
            if (openThreads.Count > 200)
            {
                openThreads.RemoveAt(0);
            }
        }

        var furious = random.NextDouble() < 0.01;
        return new Dictionary<string, object?>
        {
            ["platform"] = "x",
            ["externalPostId"] = post,
            ["threadId"] = thread == post ? null : thread,
            ["inReplyToId"] = inReplyTo,
            ["authorExternalId"] = $"{prefix}-user-{author}",
            ["authorHandle"] = $"@{prefix}_user{author}",
            ["authorDisplayName"] = $"User {author}",
            ["authorFollowers"] = furious ? 2_000_000 : 50 + (author * 37 % 20_000),
            ["text"] = furious ? Furious : Texts[random.Next(Texts.Length)],
            ["postedOn"] = start.AddSeconds(n).ToString("o", CultureInfo.InvariantCulture),
            ["likes"] = random.Next(20),
            ["shares"] = random.Next(5),
        };
    }

    /// <summary>Writes <paramref name="count"/> mentions to a JSON Lines file.</summary>
    public void WriteFile(string path, int count)
    {
        using var writer = new StreamWriter(path);
        for (var i = 0; i < count; i++)
        {
            writer.WriteLine(JsonSerializer.Serialize(Next()));
        }
    }
}
