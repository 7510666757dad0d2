using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Domain.Identity;
using SocialCrm.Plugins.Domain.Intake;
using SocialCrm.Plugins.Domain.Settings;
using SocialCrm.Plugins.Domain.Threading;
using SocialCrm.Plugins.Schema;
using SocialCrm.Plugins.Domain.Sentiment;

namespace SocialCrm.Plugins.Application;

/// <summary>
/// Prepares a batch of new mentions before they are written: validates (rejecting the batch, before any write, with
/// messages that name the columns), normalises, scores sentiment, resolves authors to profiles and contacts, threads
/// the mentions into conversations, and says what each mention's columns become. Five queries for any batch size, a sixth when a
/// known profile gets a contact (its open conversations follow it).
/// </summary>
public sealed class MentionIntake
{
    private readonly SentimentScorer _scorer;
    private readonly DateTime _utcNow;
    private readonly AuthorResolution _authors;
    private readonly ConversationThreading _threading;
    private readonly ConversationContacts _conversationContacts;

    public MentionIntake(SocialCrmStores stores, SocialCrmSettings settings, SentimentScorer scorer, DateTime utcNow)
    {
        _scorer = scorer;
        _utcNow = utcNow;
        _authors = new AuthorResolution(stores.Profiles, stores.Contacts, settings.AutoCreateContacts);
        _threading = new ConversationThreading(stores.Mentions, stores.Conversations, settings.ReopenWindowDays);
        _conversationContacts = new ConversationContacts(stores.Conversations);
    }

    /// <summary>What the last <see cref="Prepare"/> did, for the trace.</summary>
    public string Summary { get; private set; } = string.Empty;

    /// <summary>What intake decided for each mention, in batch order: the plug-in writes it onto the targets.</summary>
    /// <exception cref="InvalidPluginExecutionException">A mention is invalid or already stored; nothing is written.</exception>
    /// <param name="delivered">Per mention, in batch order, a score that came with it (kept instead of scoring the
    /// text), or null; a null list when none came with one.</param>
    public IReadOnlyList<IntakeResult> Prepare(IReadOnlyList<IncomingMention> incoming, IReadOnlyList<DeliveredSentiment?>? delivered = null)
    {
        var mentions = incoming.Select(mention => mention.Normalized()).ToList();
        Reject(Problems(mentions), mentions.Count);

        var batch = mentions.Select(ThreadingMention.From).ToList();
        var threading = _threading.Plan(batch);
        Reject(AlreadyStored(threading, mentions), mentions.Count);

        // Authors are resolved in posting order, so the latest post speaks for an author named twice.
        var postingOrder = Enumerable.Range(0, mentions.Count).OrderBy(index => mentions[index].PostedOn).ThenBy(index => index).ToList();
        var resolved = _authors.Resolve(postingOrder.Select(index => new AuthorToResolve(
            mentions[index].KnownPlatform!.Value, mentions[index].Author, mentions[index].KnownDirection == MentionDirection.Inbound, mentions[index].PostedOn)));
        var authors = mentions.Select(mention => resolved[new ProfileKey(mention.KnownPlatform!.Value, mention.Author.ExternalId!)]).ToList();
        var moved = _conversationContacts.FollowNewLinks(resolved.Values);
        var conversations = _threading.Apply(threading, authors);

        var results = mentions.Select((mention, index) =>
        {
            // A score that came with the mention is kept; the local scorer fills in otherwise.
            var given = delivered?[index];
            return new IntakeResult(mention, authors[index].ProfileId, conversations[index],
                given?.Result ?? _scorer.Score(mention.Text ?? string.Empty), given?.Source ?? SentimentScorer.SourceName);
        }).ToList();

        Summary = $"{mentions.Count} mentions: {resolved.Values.Count(author => author.Created)} new profiles of {resolved.Count}, " +
            $"{threading.Plan.NewConversations.Count} new conversations, {threading.Plan.ReopenedConversations.Count} reopened, " +
            $"{moved} moved to a newly linked contact.";
        return results;
    }

    private List<MentionProblem> Problems(IReadOnlyList<IncomingMention> mentions)
    {
        var problems = new List<MentionProblem>();
        var firstWithPost = new Dictionary<ThreadKey, int>();
        for (var index = 0; index < mentions.Count; index++)
        {
            var mention = mentions[index];
            var validation = MentionValidator.Validate(mention, _utcNow);
            if (!validation.IsValid)
            {
                problems.Add(new MentionProblem(index, Label(mention), validation.Message));
                continue;
            }

            var post = new ThreadKey(mention.KnownPlatform!.Value, mention.ExternalPostId!);
            if (firstWithPost.TryGetValue(post, out var first))
            {
                problems.Add(new MentionProblem(index, Label(mention),
                    $"{MentionTable.ExternalPostId} repeats mention {first + 1} of the batch: a post is stored once, so send it once."));
            }
            else
            {
                firstWithPost.Add(post, index);
            }
        }

        return problems;
    }

    private static List<MentionProblem> AlreadyStored(BatchThreading threading, IReadOnlyList<IncomingMention> mentions)
    {
        var stored = new HashSet<ThreadKey>(threading.AlreadyStored);
        return Enumerable.Range(0, mentions.Count)
            .Where(index => stored.Contains(threading.Batch[index].PostKey))
            .Select(index => new MentionProblem(index, Label(mentions[index]),
                $"{MentionTable.ExternalPostId} {mentions[index].ExternalPostId} on {mentions[index].KnownPlatform} is already stored: " +
                "deliver a post again with Upsert, which updates it instead of creating it twice."))
            .ToList();
    }

    private static void Reject(IReadOnlyList<MentionProblem> problems, int batchSize)
    {
        if (problems.Count > 0)
        {
            throw IntakeRejection.For(batchSize, problems);
        }
    }

    private static string Label(IncomingMention mention) =>
        mention.ExternalPostId == null ? "no post id"
        : $"{(mention.KnownPlatform.HasValue ? mention.KnownPlatform.Value.ToString() : "unknown network")} post {mention.ExternalPostId}";
}
