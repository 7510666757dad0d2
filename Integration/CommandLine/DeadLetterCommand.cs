using System.CommandLine;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using SocialCrm.Integration.Hosting;
using SocialCrm.Integration.Queue;
using Spectre.Console;

namespace SocialCrm.Integration.CommandLine;

/// <summary>
/// `socialcrm deadletter list | show &lt;id&gt; | replay (--id N | --all) | purge (--id N | --all)`: what was given up on,
/// why, and what to do about it once the cause is fixed (a missing role, a plug-in bug): replay sends a mention back
/// through the sink with a fresh attempt count. Exit codes: 0 done, 1 nothing matched or the arguments do not say which.
/// </summary>
public static class DeadLetterCommand
{
    public static Command Create(CommandEnvironment environment)
    {
        var limit = new Option<int>("--limit") { Description = "how many of the latest to list", DefaultValueFactory = _ => 50 };
        var list = new Command("list", "List the latest dead letters with their reasons") { limit };
        list.SetAction((parse, ct) => WithLettersAsync(environment, ct, (letters, console, token) => ListAsync(letters, console, parse.GetValue(limit), token)));

        var showId = new Argument<long>("id") { Description = "the dead letter's id, as list shows it" };
        var show = new Command("show", "Show one dead letter whole, its payload included") { showId };
        show.SetAction((parse, ct) => WithLettersAsync(environment, ct, (letters, console, token) => ShowAsync(letters, console, parse.GetValue(showId), token)));

        var (replayId, replayAll) = Selection("replay");
        var replay = new Command("replay", "Send dead-lettered mentions back through the sink with a fresh attempt count") { replayId, replayAll };
        replay.SetAction((parse, ct) => WithLettersAsync(environment, ct, (letters, console, token) =>
            ReplayAsync(letters, console, parse.GetValue(replayId), parse.GetValue(replayAll), token)));

        var (purgeId, purgeAll) = Selection("purge");
        var purge = new Command("purge", "Delete dead letters") { purgeId, purgeAll };
        purge.SetAction((parse, ct) => WithLettersAsync(environment, ct, (letters, console, token) =>
            PurgeAsync(letters, console, parse.GetValue(purgeId), parse.GetValue(purgeAll), token)));

        return new Command("deadletter", "Look at, replay or delete the mentions the worker gave up on") { list, show, replay, purge };
    }

    private static (Option<long?> Id, Option<bool> All) Selection(string verb) =>
        (new Option<long?>("--id") { Description = $"the dead letter to {verb}" }, new Option<bool>("--all") { Description = $"{verb} every dead letter" });

    private static async Task<int> WithLettersAsync(CommandEnvironment environment, CancellationToken cancellationToken,
        System.Func<IDeadLetters, IAnsiConsole, CancellationToken, Task<int>> action)
    {
        using var host = CommandHost.Build(environment);
        return await action(host.Services.GetRequiredService<IDeadLetters>(), environment.Console, cancellationToken);
    }

    private static async Task<int> ListAsync(IDeadLetters letters, IAnsiConsole console, int limit, CancellationToken cancellationToken)
    {
        var found = await letters.ListAsync(limit, cancellationToken);
        var table = new Table().AddColumn("id").AddColumn("when").AddColumn("source").AddColumn("key").AddColumn("attempts").AddColumn("reason");
        foreach (var letter in found)
        {
            table.AddRow(
                new Text(letter.Id.ToString(CultureInfo.InvariantCulture)),
                new Text(letter.DeadLetteredOn.ToString("u", CultureInfo.InvariantCulture)),
                new Text(letter.Source),
                new Text(letter.Key.Length == 0 ? "(refused at the edge)" : letter.Key),
                new Text(letter.Attempts.ToString(CultureInfo.InvariantCulture)),
                new Text(letter.Reason));
        }

        console.Write(table);
        console.WriteLine($"{found.Count} dead letter(s) shown.");
        return 0;
    }

    private static async Task<int> ShowAsync(IDeadLetters letters, IAnsiConsole console, long id, CancellationToken cancellationToken)
    {
        if (await letters.FindAsync(id, cancellationToken) is not { } letter)
        {
            console.WriteLine($"No dead letter has id {id}.");
            return 1;
        }

        var grid = new Grid().AddColumn().AddColumn();
        grid.AddRow(new Text("id"), new Text(letter.Id.ToString(CultureInfo.InvariantCulture)));
        grid.AddRow(new Text("when"), new Text(letter.DeadLetteredOn.ToString("u", CultureInfo.InvariantCulture)));
        grid.AddRow(new Text("source"), new Text(letter.Source));
        grid.AddRow(new Text("key"), new Text(letter.Key.Length == 0 ? "(refused at the edge: not a mention, cannot be replayed)" : letter.Key));
        grid.AddRow(new Text("attempts"), new Text(letter.Attempts.ToString(CultureInfo.InvariantCulture)));
        grid.AddRow(new Text("reason"), new Text(letter.Reason));
        console.Write(grid);
        console.WriteLine(letter.Payload);
        return 0;
    }

    private static async Task<int> ReplayAsync(IDeadLetters letters, IAnsiConsole console, long? id, bool all, CancellationToken cancellationToken)
    {
        if (!Selects(console, id, all, "replay"))
        {
            return 1;
        }

        var replay = await letters.ReplayAsync(all ? null : id, cancellationToken);
        console.WriteLine($"Replayed: {replay.Replayed} (back in the queue with a fresh attempt count; the worker writes them).");
        if (replay.NotMentions > 0)
        {
            console.WriteLine($"Not replayed: {replay.NotMentions} refused at the edge, which hold what their source sent, not a mention; " +
                "fix the data at its source and send it again, then purge them.");
        }

        return replay.Replayed > 0 ? 0 : 1;
    }

    private static async Task<int> PurgeAsync(IDeadLetters letters, IAnsiConsole console, long? id, bool all, CancellationToken cancellationToken)
    {
        if (!Selects(console, id, all, "purge"))
        {
            return 1;
        }

        var purged = await letters.PurgeAsync(all ? null : id, cancellationToken);
        console.WriteLine($"Purged: {purged}.");
        return purged > 0 ? 0 : 1;
    }

    private static bool Selects(IAnsiConsole console, long? id, bool all, string verb)
    {
        if (all == id.HasValue)
        {
            console.WriteLine($"Say which dead letters to {verb}: --id N for one, or --all.");
            return false;
        }

        return true;
    }
}
