using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SocialCrm.Integration.Hosting;
using SocialCrm.Integration.Mentions;
using SocialCrm.Integration.Queue;
using SocialCrm.Integration.Sources.Import;
using Spectre.Console;

namespace SocialCrm.Integration.CommandLine;

/// <summary>`socialcrm import &lt;file&gt;`: queues the mentions of a JSON Lines or CSV file, with a progress bar and a summary.</summary>
public static class ImportCommand
{
    /// <summary>Exit code when the file was read and some records were rejected (the accepted ones are queued).</summary>
    public const int SomeRejected = 2;

    public static Command Create(CommandEnvironment environment)
    {
        var file = new Argument<FileInfo>("file") { Description = "a .jsonl or .csv file of mentions" };
        var format = new Option<ImportFormat?>("--format") { Description = "JsonLines or Csv, when the extension does not say" };
        var command = new Command("import", "Queue the mentions of a JSON Lines or CSV file; the worker writes them to Dataverse") { file, format };
        command.SetAction((parse, ct) => RunAsync(environment, parse.GetValue(file)!, parse.GetValue(format), ct));
        return command;
    }

    private static async Task<int> RunAsync(CommandEnvironment environment, FileInfo file, ImportFormat? format, CancellationToken cancellationToken)
    {
        var console = environment.Console;
        if (!file.Exists)
        {
            console.MarkupLineInterpolated($"[red]No such file:[/] {file.FullName}");
            return 1;
        }

        ImportSummary summary;
        string queuePath;
        try
        {
            var chosen = format ?? ImportFormats.FromFileName(file.Name);
            using var host = CommandHost.Build(environment);
            var importer = host.Services.GetRequiredService<MentionFileImporter>();
            queuePath = Path.GetFullPath(host.Services.GetRequiredService<IOptions<QueueOptions>>().Value.Path);
            summary = await console.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask(file.Name, maxValue: Math.Max(1, file.Length));
                    var progress = new SynchronousProgress<ImportProgress>(p =>
                    {
                        task.Value = p.BytesRead;
                        task.Description = $"{file.Name}: {p.Accepted} accepted, {p.Rejected} rejected";
                    });
                    return await importer.ImportAsync(file.FullName, chosen, progress, cancellationToken);
                });
        }
        catch (ImportFileException e)
        {
            console.MarkupLineInterpolated($"[red]{e.Message}[/]");
            return 1;
        }

        console.MarkupLineInterpolated($"[green]Accepted:[/] {summary.Accepted}");
        console.MarkupLineInterpolated($"[yellow]Rejected:[/] {summary.Rejected.Count}");
        console.MarkupLineInterpolated($"Queued in: {queuePath}");
        if (summary.Rejected.Count == 0)
        {
            return 0;
        }

        var table = new Table().AddColumn("line").AddColumn("reason");
        foreach (var rejected in summary.Rejected)
        {
            table.AddRow(new Text(rejected.Line.ToString(System.Globalization.CultureInfo.InvariantCulture)), new Text(rejected.Reason));
        }

        console.Write(table);
        if (summary.Rejected.Any(r => r.NamesUnknownField))
        {
            console.MarkupLineInterpolated($"A mention's fields are: {string.Join(", ", MentionJson.FieldNames)}.");
        }

        return SomeRejected;
    }

    /// <summary>Reports on the caller's thread: Progress&lt;T&gt; would post to the thread pool and report after the bar closed.</summary>
    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
