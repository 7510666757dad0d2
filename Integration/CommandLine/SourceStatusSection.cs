using System;
using System.Globalization;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SocialCrm.Integration.Activity;
using SocialCrm.Integration.Queue;
using SocialCrm.Integration.Removals;
using SocialCrm.Integration.Sources.Access;
using Spectre.Console;

namespace SocialCrm.Integration.CommandLine;

/// <summary>
/// What `status` says about the sources: the queue file it read (absolute, so an operator knows which one), each
/// source's totals and the error it is failing with (credentials a network or Dataverse rejected stand out: they need a
/// person), the removals (deletes, hides) received, and the accounts whose access was revoked, which stop their source.
/// </summary>
public static class SourceStatusSection
{
    public static async Task WriteAsync(IServiceProvider services, IAnsiConsole console, CancellationToken cancellationToken)
    {
        console.MarkupLineInterpolated($"Queue: {Path.GetFullPath(services.GetRequiredService<IOptions<QueueOptions>>().Value.Path)}");

        var sources = await services.GetRequiredService<SqliteSourceActivity>().AllAsync(cancellationToken);
        if (sources.Count > 0)
        {
            var table = new Table().AddColumn("source").AddColumn("received").AddColumn("refused at the edge").AddColumn("last received").AddColumn("state");
            foreach (var source in sources)
            {
                table.AddRow(new Text(source.Source), new Text(Count(source.Received)), new Text(Count(source.Rejected)),
                    new Text(source.LastReceivedOn?.ToString("u", CultureInfo.InvariantCulture) ?? "-"), State(source));
            }

            console.Write(table);
        }

        var removals = await services.GetRequiredService<IRemovalStore>().CountsAsync(cancellationToken);
        console.MarkupLineInterpolated(
            $"Removals: {removals.Applied} mentions marked deleted, hidden or unpublished; {removals.Pending} waiting for their post; {removals.Tombstones} tombstones of posts never stored.");

        foreach (var revoked in await services.GetRequiredService<SqliteAccessRevocations>().AllAsync(cancellationToken))
        {
            console.MarkupLineInterpolated(
                $"[red]{revoked.Source} account {revoked.Account}: access revoked since {revoked.RevokedOn.ToString("u", CultureInfo.InvariantCulture)}; its deliveries are ignored until it grants access again.[/]");
        }
    }

    private static string Count(long count) => count.ToString(CultureInfo.InvariantCulture);

    private static Text State(SourceActivity source) => source.FailingSince is not { } since
        ? new Text("working")
        : source.CredentialsRejected
            ? new Text($"credentials rejected since {since.ToString("u", CultureInfo.InvariantCulture)}: {source.LastError}", new Style(Color.Red))
            : new Text($"failing since {since.ToString("u", CultureInfo.InvariantCulture)}: {source.LastError}", new Style(Color.Yellow));
}
