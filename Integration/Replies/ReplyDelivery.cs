using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SocialCrm.Mentions;

namespace SocialCrm.Integration.Replies;

/// <summary>
/// Sends each reply waiting in Dataverse exactly once. The order of writes is what makes it safe to die anywhere:
/// outbox Sending, Dataverse Sending, the network call, outbox Posted, Dataverse Sent, outbox row removed. A reply found
/// Sending (in the outbox or in Dataverse) may already be on the network, so its network is asked first
/// (<see cref="INetworkReplyClient.FindAsync"/>); a reply found Posted in the outbox only needs Dataverse told. When
/// Dataverse refuses, for its values, to record a posted reply as Sent, the refusal is tried MaxRecordAttempts rounds,
/// then the worker records what Dataverse takes ("Sent not recorded") and leaves the reply alone (<see cref="UnrecordedReply"/>).
/// </summary>
public sealed class ReplyDelivery(
    ReplyDataverseClient dataverse,
    ReplyOutbox outbox,
    IEnumerable<INetworkReplyClient> networks,
    IOptions<ReplyOptions> options,
    TimeProvider clock,
    ILogger<ReplyDelivery> logger)
{
    public const string CredentialsRejected = "credentials rejected";

    private readonly ConcurrentDictionary<SocialPlatform, string> stoppedAccounts = new();
    private readonly ConcurrentDictionary<SocialPlatform, DateTimeOffset> notBefore = new();
    private readonly ConcurrentDictionary<Guid, int> attempts = new();
    private readonly ConcurrentDictionary<Guid, int> recordAttempts = new();
    private readonly ConcurrentDictionary<SocialPlatform, bool> warnedUnconfigured = new();

    /// <summary>Accounts stopped because their network rejected the credentials, with the network's words.</summary>
    public IReadOnlyDictionary<SocialPlatform, string> StoppedAccounts => stoppedAccounts;

    /// <summary>One round over the replies waiting in Dataverse; returns how many were settled (sent or failed).</summary>
    public async Task<int> DeliverOnceAsync(CancellationToken cancellationToken)
    {
        var settled = 0;
        foreach (var reply in await dataverse.WaitingAsync(cancellationToken))
        {
            if (await DeliverAsync(reply, cancellationToken))
            {
                settled++;
            }
        }

        return settled;
    }

    private async Task<bool> DeliverAsync(PendingReply reply, CancellationToken cancellationToken)
    {
        var network = networks.FirstOrDefault(client => client.Platform == reply.Platform && client.IsConfigured);
        if (network == null)
        {
            if (warnedUnconfigured.TryAdd(reply.Platform, true))
            {
                logger.LogWarning("Replies to {Platform} wait: the worker has no {Platform} account configured (Replies:{Platform}).", reply.Platform, reply.Platform, reply.Platform);
            }

            return false;
        }

        if (stoppedAccounts.TryGetValue(reply.Platform, out var rejected))
        {
            return await SettleAsync(reply, PostOutcome.CredentialsRejected(rejected), cancellationToken);
        }

        if (notBefore.TryGetValue(reply.Platform, out var until) && until > clock.GetUtcNow())
        {
            return false;
        }

        var entry = await outbox.FindAsync(reply.Id, cancellationToken);
        if (entry is { State: OutboxState.Unrecorded })
        {
            return false;
        }

        PostOutcome outcome;
        if (entry is { State: OutboxState.Posted, Posted: { } posted })
        {
            outcome = PostOutcome.Accepted(posted);
        }
        else if (entry != null || reply.Status == SendStatus.Sending)
        {
            logger.LogInformation("Reply {Reply} may already be on {Platform}: asking the network before posting.", reply.Id, reply.Platform);
            await outbox.MarkSendingAsync(reply.Id, cancellationToken);
            outcome = await network.FindAsync(reply, cancellationToken) ?? await network.PostAsync(reply, cancellationToken);
        }
        else
        {
            await outbox.MarkSendingAsync(reply.Id, cancellationToken);
            await dataverse.MarkSendingAsync(reply.Id, cancellationToken);
            outcome = await network.PostAsync(reply, cancellationToken);
        }

        return await SettleAsync(reply, outcome, cancellationToken);
    }

    private async Task<bool> SettleAsync(PendingReply reply, PostOutcome outcome, CancellationToken cancellationToken)
    {
        switch (outcome.Kind)
        {
            case PostOutcomeKind.Accepted:
                await outbox.MarkPostedAsync(reply.Id, outcome.Posted!, cancellationToken);
                if (await dataverse.MarkSentAsync(reply, outcome.Posted!, cancellationToken) is { } refusal)
                {
                    return await NotRecordedAsync(reply, outcome.Posted!, refusal, cancellationToken);
                }

                recordAttempts.TryRemove(reply.Id, out _);
                logger.LogInformation("Reply {Reply} is on {Platform} as {PostId}.", reply.Id, reply.Platform, outcome.Posted!.PostId);
                break;
            case PostOutcomeKind.Refused:
                await dataverse.MarkFailedAsync(reply.Id, outcome.Reason!, retryable: false, cancellationToken);
                logger.LogWarning("{Platform} refused reply {Reply}: {Reason}", reply.Platform, reply.Id, outcome.Reason);
                break;
            case PostOutcomeKind.CredentialsRejected:
                if (stoppedAccounts.TryAdd(reply.Platform, outcome.Reason!))
                {
                    await outbox.StopAccountAsync(reply.Platform, outcome.Reason!, clock.GetUtcNow(), cancellationToken);
                    logger.LogError("{Platform} rejected the worker's credentials ({Reason}): its replies are marked failed until the account is fixed and the worker restarted.",
                        reply.Platform, outcome.Reason);
                }

                await dataverse.MarkFailedAsync(reply.Id, $"{CredentialsRejected}: {outcome.Reason}", retryable: false, cancellationToken);
                break;
            default:
                return await WaitAsync(reply, outcome, cancellationToken);
        }

        attempts.TryRemove(reply.Id, out _);
        await outbox.RemoveAsync(reply.Id, cancellationToken);
        return true;
    }

    // The outbox keeps the reply Posted, so whatever Dataverse says it is never posted again. A refusal may pass (a
    // plug-in's check on data someone is fixing), so it is tried for a few rounds before the reply is left alone.
    private async Task<bool> NotRecordedAsync(PendingReply reply, PostedReply posted, string refusal, CancellationToken cancellationToken)
    {
        var attempt = recordAttempts.AddOrUpdate(reply.Id, 1, (_, count) => count + 1);
        if (attempt < options.Value.MaxRecordAttempts)
        {
            logger.LogDebug("Dataverse refused to record reply {Reply} as sent (attempt {Attempt}): {Refusal}", reply.Id, attempt, refusal);
            return false;
        }

        var unrecorded = new UnrecordedReply(reply.Id, reply.Platform, posted, refusal, clock.GetUtcNow());
        var alsoRefused = await dataverse.MarkSentNotRecordedAsync(unrecorded, cancellationToken);
        await outbox.MarkUnrecordedAsync(unrecorded, cancellationToken);
        recordAttempts.TryRemove(reply.Id, out _);
        logger.LogError("Reply {Reply} is on {Platform} as {PostId}, but Dataverse refused to record it {Attempts} times; {Shown} Dataverse said: {Refusal}",
            reply.Id, reply.Platform, posted.PostId, attempt,
            alsoRefused == null ? "the reply shows 'Sent not recorded'." : $"the reply still shows Sending, since Dataverse refused 'Sent not recorded' too ({alsoRefused}).", refusal);
        return true;
    }

    // Rate limit or outage: the whole account waits until the network's reset; the outbox keeps the reply Sending,
    // because a 5xx does not prove the network dropped it, so the next attempt asks the network first.
    private async Task<bool> WaitAsync(PendingReply reply, PostOutcome outcome, CancellationToken cancellationToken)
    {
        var attempt = attempts.AddOrUpdate(reply.Id, 1, (_, count) => count + 1);
        if (attempt >= options.Value.MaxAttempts)
        {
            await dataverse.MarkFailedAsync(reply.Id, $"{outcome.Reason} (gave up after {attempt} attempts)", retryable: true, cancellationToken);
            attempts.TryRemove(reply.Id, out _);
            await outbox.RemoveAsync(reply.Id, cancellationToken);
            return true;
        }

        notBefore[reply.Platform] = outcome.RetryAt!.Value;
        await dataverse.MarkWaitingAsync(reply.Id, $"{outcome.Reason}; retrying after {outcome.RetryAt.Value.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'}", cancellationToken);
        logger.LogWarning("{Platform} asked to wait until {RetryAt} (reply {Reply}): {Reason}", reply.Platform, outcome.RetryAt, reply.Id, outcome.Reason);
        return false;
    }
}
