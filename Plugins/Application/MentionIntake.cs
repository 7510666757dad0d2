using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Domain.Escalation;
using SocialCrm.Plugins.Domain.Identity;
using SocialCrm.Plugins.Domain.Intake;
using SocialCrm.Plugins.Domain.Rollups;
using SocialCrm.Plugins.Domain.Settings;
using SocialCrm.Plugins.Domain.Threading;
using SocialCrm.Plugins.Schema;
using SocialCrm.Plugins.Stores;
using SocialCrm.Plugins.Domain.Sentiment;

namespace SocialCrm.Plugins.Application;

/// <summary>
/// Prepares a batch of new mentions before they are written: validates (rejecting the batch, before any write, with
/// messages that name the columns), normalises, scores sentiment, resolves authors to profiles and contacts, threads
/// the mentions into conversations, adds the batch to the profiles' and conversations' figures, escalates each
/// conversation its mentions call for (<see cref="IntakeEscalation"/>), and says what each mention's columns become.
/// Six queries for any batch size (the sixth only when the batch joins stored conversations), a seventh when a known
/// profile gets a contact (its open conversations follow it), an eighth for the escalation rules when a mention is
/// weighed; one write per row created or changed, its escalation included, and one per case.
/// </summary>
public sealed class MentionIntake
{
    private readonly SentimentScorer _scorer;
    private readonly DateTime _utcNow;
    private readonly AuthorResolution _authors;
    private readonly ConversationThreading _threading;
    private readonly ConversationContacts _conversationContacts;
    private readonly ActiveEscalationRules _rules;
    private readonly ConversationEscalation _escalation;

    public MentionIntake(SocialCrmStores stores, SocialCrmSettings settings, SentimentScorer scorer, DateTime utcNow)
    {
        _scorer = scorer;
        _utcNow = utcNow;
        _authors = new AuthorResolution(stores.Profiles, stores.Contacts, settings.AutoCreateContacts);
        _threading = new ConversationThreading(stores.Mentions, stores.Conversations, settings.ReopenWindowDays);
        _conversationContacts = new ConversationContacts(stores.Conversations);
        _rules = new ActiveEscalationRules(stores.EscalationRules, settings.FallbackCaseAccountId);
        _escalation = new ConversationEscalation(stores, utcNow);
    }

    /// <summary>What the last <see cref="Prepare"/> did, for the trace.</summary>
    public string Summary { get; private set; } = string.Empty;

    /// <summary>What intake decided for each mention, in batch order: the plug-in writes it onto the targets. Each
    /// profile and conversation the batch touches is written once, its figures after the batch included, and a
    /// conversation with the escalation its mentions lead to.</summary>
    /// <exception cref="InvalidPluginExecutionException">A mention is invalid or already stored; nothing is written.</exception>
    /// <param name="incoming">The batch as sent, in batch order; each mention is read once.</param>
    /// <param name="delivered">Per mention, in batch order, a score that came with it (kept instead of scoring the
    /// text), or null; a null list when none came with one.</param>
    public IReadOnlyList<IntakeResult> Prepare(IReadOnlyList<IncomingMention> incoming, IReadOnlyList<DeliveredSentiment?>? delivered = null)
    {
        var mentions = Validate(incoming);
        var count = mentions.Count;

        var batch = new ThreadingMention[count];
        for (var index = 0; index < count; index++)
        {
            batch[index] = ThreadingMention.From(mentions[index]);
        }

        var threading = _threading.Plan(batch);
        Reject(AlreadyStored(threading, mentions), count);

        var sentiments = new SentimentResult[count];
        var rollups = new RollupMention[count];
        var keys = new ProfileKey[count];
        var byAuthor = new Dictionary<ProfileKey, List<RollupMention>>(count);
        var buffers = new ScoringBuffers();
        for (var index = 0; index < count; index++)
        {
            var mention = mentions[index];

            // A score that came with the mention is kept; the local scorer fills in otherwise.
            sentiments[index] = delivered?[index]?.Result ?? _scorer.Score(mention.Text ?? string.Empty, buffers);
            rollups[index] = RollupOf(mention, sentiments[index]);
            keys[index] = new ProfileKey(mention.Platform, mention.AuthorExternalId);
            if (!byAuthor.TryGetValue(keys[index], out var authored))
            {
                byAuthor[keys[index]] = authored = new List<RollupMention>(1);
            }

            authored.Add(rollups[index]);
        }

        // Authors are resolved in posting order, so the latest post speaks for an author named twice.
        var postingOrder = BatchPostingOrder.Of(mentions, mention => mention.PostedOn);
        var toResolve = new List<AuthorToResolve>(count);
        foreach (var index in postingOrder)
        {
            var mention = mentions[index];
            toResolve.Add(new AuthorToResolve(keys[index], mention.Author, mention.Direction == MentionDirection.Inbound, mention.PostedOn));
        }

        var decided = _authors.Decide(toResolve);
        var profileFigures = new Dictionary<ProfileKey, ProfileFigures>(decided.Decisions.Count);
        foreach (var pair in decided.Decisions)
        {
            var profile = pair.Value.Profile;
            profileFigures[pair.Key] = ProfileRollup.Apply(decided.FiguresBefore(pair.Key), profile.Followers, profile.Verified, byAuthor[pair.Key]);
        }

        var resolved = _authors.Write(decided, profileFigures);
        var authors = new ResolvedAuthor[count];
        for (var index = 0; index < count; index++)
        {
            authors[index] = resolved[keys[index]];
        }

        var moved = _conversationContacts.FollowNewLinks(resolved.Values);
        var subjects = new string[count];
        var escalating = new EscalatingMention[count];
        for (var index = 0; index < count; index++)
        {
            var mention = mentions[index];
            subjects[index] = batch[index].Subject ?? Ellipsis.Fit($"{mention.Platform} post {mention.ExternalPostId}", MentionTable.SubjectLength);
            escalating[index] = new EscalatingMention(mention.Platform, mention.Direction, rollups[index].SentimentScore, mention.Text,
                subjects[index], mention.PostUrl, mention.MessageType);
        }

        var escalation = new IntakeEscalation(_rules, _escalation, escalating, rollups, AfterTheBatch(keys, resolved, profileFigures));
        // A conversation moved to a newly linked contact changed since threading read it: writing reads them again.
        var threaded = _threading.Apply(moved == 0 ? threading : threading.WithoutConversations(), authors, escalation);

        var results = new IntakeResult[count];
        for (var index = 0; index < count; index++)
        {
            results[index] = new IntakeResult(mentions[index], subjects[index], authors[index].ProfileId, threaded.ConversationIds[index],
                sentiments[index], delivered?[index]?.Source ?? SentimentScorer.SourceName);
        }

        Summary = $"{count} mentions: {resolved.Values.Count(author => author.Created)} new profiles of {resolved.Count}, " +
            $"{threading.Plan.NewConversations.Count} new conversations, {threading.Plan.ReopenedConversations.Count} reopened, " +
            $"{moved} moved to a newly linked contact; {escalation.Escalated} conversations escalated, {escalation.Cases} cases raised. {_rules.Summary}";
        return results;
    }

    // Each mention's author as escalation weighs them: the profile as resolution left it, with its figures after the batch.
    private static StoredProfile[] AfterTheBatch(
        IReadOnlyList<ProfileKey> keys, IReadOnlyDictionary<ProfileKey, ResolvedAuthor> resolved, IReadOnlyDictionary<ProfileKey, ProfileFigures> figures)
    {
        var profiles = new Dictionary<ProfileKey, StoredProfile>(resolved.Count);
        var byMention = new StoredProfile[keys.Count];
        for (var index = 0; index < keys.Count; index++)
        {
            var key = keys[index];
            if (!profiles.TryGetValue(key, out var profile))
            {
                profiles[key] = profile = new StoredProfile(resolved[key].Identity, figures[key]);
            }

            byMention[index] = profile;
        }

        return byMention;
    }

    // What a mention adds to its profile's and conversation's figures and what escalation weighs, with the score as its
    // decimal column stores it, so they match what a later rollup of the stored mention reads back.
    private static RollupMention RollupOf(ValidMention mention, SentimentResult sentiment) =>
        new RollupMention(
            sentiment.IsScored ? (double)Decimals.Sentiment(sentiment.Score)!.Value : 0,
            sentiment.Label,
            mention.Direction,
            mention.PostedOn,
            mention.Engagement.Total);

    // Every mention typed as valid, in batch order; or the batch rejected, naming each bad mention.
    private List<ValidMention> Validate(IReadOnlyList<IncomingMention> incoming)
    {
        var problems = new List<MentionProblem>();
        var valid = new List<ValidMention>(incoming.Count);
        var firstWithPost = new Dictionary<ThreadKey, int>(incoming.Count);
        for (var index = 0; index < incoming.Count; index++)
        {
            var normalized = incoming[index].Normalized();
            var validation = MentionValidator.Validate(normalized, _utcNow);
            if (validation.Mention == null)
            {
                problems.Add(new MentionProblem(index, Label(normalized), validation.Message));
                continue;
            }

            var mention = validation.Mention;
            var post = new ThreadKey(mention.Platform, mention.ExternalPostId);
            if (firstWithPost.TryGetValue(post, out var first))
            {
                problems.Add(new MentionProblem(index, Label(normalized),
                    $"{MentionTable.ExternalPostId} repeats mention {first + 1} of the batch: a post is stored once, so send it once."));
            }
            else
            {
                firstWithPost.Add(post, index);
            }

            valid.Add(mention);
        }

        Reject(problems, incoming.Count);
        return valid;
    }

    private static List<MentionProblem> AlreadyStored(BatchThreading threading, IReadOnlyList<ValidMention> mentions)
    {
        if (threading.AlreadyStored.Count == 0)
        {
            return new List<MentionProblem>();
        }

        var stored = new HashSet<ThreadKey>(threading.AlreadyStored);
        return Enumerable.Range(0, mentions.Count)
            .Where(index => stored.Contains(threading.Batch[index].PostKey))
            .Select(index => new MentionProblem(index, $"{mentions[index].Platform} post {mentions[index].ExternalPostId}",
                $"{MentionTable.ExternalPostId} {mentions[index].ExternalPostId} on {mentions[index].Platform} is already stored: " +
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
