using System;
using System.Globalization;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SocialCrm.Integration.Queue;
using SocialCrm.Integration.Removals;
using SocialCrm.Integration.Sources.Access;
using Spectre.Console;

namespace SocialCrm.Integration.CommandLine;

/// <summary>
/// What `status` says about the sources: the queue file it read (absolute, so an operator knows which one), the
/// removals (deletes, hides) received, and the accounts whose access was revoked, which stop their source.
/// </summary>
public static class SourceStatusSection
{
    public static async Task WriteAsync(IServiceProvider services, IAnsiConsole console, CancellationToken cancellationToken)
    {
        console.MarkupLineInterpolated($"Queue: {Path.GetFullPath(services.GetRequiredService<IOptions<QueueOptions>>().Value.Path)}");

        var removals = await services.GetRequiredService<IRemovalStore>().CountsAsync(cancellationToken);
        console.MarkupLineInterpolated(
            $"Removals: {removals.Applied} mentions marked deleted, hidden or unpublished; {removals.Pending} waiting for their post; {removals.Tombstones} tombstones of posts never stored.");

        foreach (var revoked in await services.GetRequiredService<SqliteAccessRevocations>().AllAsync(cancellationToken))
        {
            console.MarkupLineInterpolated(
                $"[red]{revoked.Source} account {revoked.Account}: access revoked since {revoked.RevokedOn.ToString("u", CultureInfo.InvariantCulture)}; its deliveries are ignored until it grants access again.[/]");
        }
    }
}
