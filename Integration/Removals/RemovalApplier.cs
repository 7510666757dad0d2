using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SocialCrm.Integration.Removals;

/// <summary>
/// Applies recorded removals, then edits, to their mentions in Dataverse, and profile and account changes to their
/// profiles. One
/// whose post is not stored yet waits and looks again (its post may still be in the queue); one line per pass says what
/// happened.
/// </summary>
public sealed class RemovalApplier(IRemovalStore store, IEditStore edits, IProfileChangeStore profiles, IAccountChangeStore accounts, DataverseRemovalClient client,
    IOptions<RemovalOptions> options, TimeProvider clock, ILogger<RemovalApplier> logger) : BackgroundService
{
    private const int BatchSize = 50;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var applied = await ApplyDueAsync(stoppingToken) + await ApplyDueEditsAsync(stoppingToken) + await ApplyDueProfileChangesAsync(stoppingToken)
                + await ApplyDueAccountChangesAsync(stoppingToken);
            if (applied == 0)
            {
                await Task.Delay(options.Value.IdleDelay, clock, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    /// <summary>One pass over the due removals.</summary>
    /// <returns>How many were sent.</returns>
    public async Task<int> ApplyDueAsync(CancellationToken cancellationToken)
    {
        var due = await store.DueAsync(BatchSize, cancellationToken);
        var (applied, waiting) = await SendAsync(due, client.RemoveAsync, store.AppliedAsync, store.NotYetAsync, cancellationToken);
        if (due.Count > 0)
        {
            logger.LogInformation("Removals: {Applied} mentions marked, {Waiting} waiting for their post.", applied, waiting);
        }

        return due.Count;
    }

    /// <summary>One pass over the due edits (after the removals, so a post deleted meanwhile is not edited).</summary>
    /// <returns>How many were sent.</returns>
    public async Task<int> ApplyDueEditsAsync(CancellationToken cancellationToken)
    {
        var due = await edits.DueEditsAsync(BatchSize, cancellationToken);
        var (applied, waiting) = await SendAsync(due, client.EditAsync, edits.EditAppliedAsync, edits.EditNotYetAsync, cancellationToken);
        if (due.Count > 0)
        {
            logger.LogInformation("Edits: {Applied} mentions took their author's edit, {Waiting} waiting for their post.", applied, waiting);
        }

        return due.Count;
    }

    /// <summary>One pass over the due profile changes.</summary>
    /// <returns>How many were sent.</returns>
    public async Task<int> ApplyDueProfileChangesAsync(CancellationToken cancellationToken)
    {
        var due = await profiles.DueProfileChangesAsync(BatchSize, cancellationToken);
        var (applied, waiting) = await SendAsync(due, client.ChangeProfileAsync, profiles.ProfileChangeAppliedAsync, profiles.ProfileChangeNotYetAsync,
            cancellationToken);
        if (due.Count > 0)
        {
            logger.LogInformation("Profiles: {Applied} profiles took their network's change, {Waiting} waiting.", applied, waiting);
        }

        return due.Count;
    }

    /// <summary>One pass over the due account changes.</summary>
    /// <returns>How many were sent.</returns>
    public async Task<int> ApplyDueAccountChangesAsync(CancellationToken cancellationToken)
    {
        var due = await accounts.DueAccountChangesAsync(BatchSize, cancellationToken);
        var (applied, waiting) = await SendAsync(due, client.ChangeAccountAsync, accounts.AccountChangeAppliedAsync, accounts.AccountChangeNotYetAsync,
            cancellationToken);
        if (due.Count > 0)
        {
            logger.LogInformation("Accounts: {Applied} profiles took their account's state, {Waiting} waiting.", applied, waiting);
        }

        return due.Count;
    }

    /// <summary>Sends each of <paramref name="due"/> and records what became of it: applied, or to be tried again later.</summary>
    private static async Task<(int Applied, int Waiting)> SendAsync<T>(IReadOnlyList<T> due, Func<T, CancellationToken, Task<RemovalOutcome>> send,
        Func<T, CancellationToken, Task> applied, Func<T, string, CancellationToken, Task> notYet, CancellationToken cancellationToken)
    {
        int done = 0, waiting = 0;
        foreach (var item in due)
        {
            var outcome = await send(item, cancellationToken);
            if (outcome.IsApplied)
            {
                await applied(item, cancellationToken);
                done++;
            }
            else
            {
                await notYet(item, outcome.Reason!, cancellationToken);
                waiting++;
            }
        }

        return (done, waiting);
    }
}
