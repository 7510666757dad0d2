using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using SocialCrm.Integration.Hosting;
using SocialCrm.Integration.Queue;
using Spectre.Console;

namespace SocialCrm.Integration.CommandLine;

/// <summary>`socialcrm status`: queue depth, the latest dead letters with their reasons, the sources' state and the reply accounts stopped by rejected credentials.</summary>
public static class StatusCommand
{
    public static Command Create(CommandEnvironment environment)
    {
        var recent = new Option<int>("--dead-letters") { Description = "how many of the latest dead letters to list", DefaultValueFactory = _ => 10 };
        var command = new Command("status", "Show the queue's depth and its dead letters") { recent };
        command.SetAction((parse, ct) => RunAsync(environment, parse.GetValue(recent), ct));
        return command;
    }

    private static async Task<int> RunAsync(CommandEnvironment environment, int recent, CancellationToken cancellationToken)
    {
        using var host = CommandHost.Build(environment);
        var status = await host.Services.GetRequiredService<IQueueMonitor>().StatusAsync(recent, cancellationToken);
        var console = environment.Console;

        // The retry column only where the queue keeps retries apart or cannot see them; SQLite counts them among the waiting.
        var retriesApart = status.WaitingForRetry != null || status.CountedBy != null;
        var depth = new Table().AddColumn("waiting").AddColumn("being written");
        var row = new List<string>
        {
            status.Pending.ToString(CultureInfo.InvariantCulture),
            status.Leased?.ToString(CultureInfo.InvariantCulture) ?? "not counted",
        };
        if (retriesApart)
        {
            depth.AddColumn("waiting for a retry");
            row.Add(status.WaitingForRetry?.ToString(CultureInfo.InvariantCulture) ?? "not counted");
        }

        depth.AddColumn("dead letters").AddColumn("oldest waiting since");
        row.Add(status.DeadLetters.ToString(CultureInfo.InvariantCulture));
        row.Add(status.OldestPending?.ToString("u", CultureInfo.InvariantCulture) ?? "-");
        depth.AddRow(row.ToArray());
        console.Write(depth);
        if (status.CountedBy != null)
        {
            console.Write(new Text($"Counted by {status.CountedBy}.{System.Environment.NewLine}"));
        }

        if (status.LastDeliveryError != null)
        {
            console.Write(new Text($"Waiting because: {status.LastDeliveryError}{System.Environment.NewLine}"));
        }

        if (status.RecentDeadLetters.Count > 0)
        {
            var letters = new Table().AddColumn("when").AddColumn("source").AddColumn("key").AddColumn("attempts").AddColumn("reason");
            foreach (var letter in status.RecentDeadLetters)
            {
                letters.AddRow(
                    new Text(letter.DeadLetteredOn.ToString("u", CultureInfo.InvariantCulture)),
                    new Text(letter.Source),
                    new Text(letter.Key),
                    new Text(letter.Attempts.ToString(CultureInfo.InvariantCulture)),
                    new Text(letter.Reason));
            }

            console.Write(letters);
        }

        await SourceStatusSection.WriteAsync(host.Services, console, cancellationToken);
        await ReplyStatusSection.WriteAsync(host.Services, console, cancellationToken);
        return 0;
    }
}
