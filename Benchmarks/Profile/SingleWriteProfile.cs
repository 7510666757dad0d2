using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SocialCrm.Dataverse.Local;
using SocialCrm.Dataverse.Local.Metadata;
using SocialCrm.Dataverse.Local.Registration;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.Benchmarks.Profile;

/// <summary>
/// `dotnet run -c Release --project Benchmarks -- singlewrites [--rows 500] [--rounds 8]`: what LocalDataverse costs per
/// single Create or Update a plug-in sends, by kind, with nothing else in the way. Each round is one account Create whose
/// pre-operation step (<see cref="NestedWritesPlugin"/>) sends <c>rows</c> profile Creates, conversation Creates (linked
/// to them), profile Updates and conversation Updates, timing each kind with two reads of the thread's CPU clock, into a
/// LocalDataverse in a file with the managed solution; the first rounds warm up and are not counted.
/// </summary>
internal static class SingleWriteProfile
{
    // Enough rounds for the runtime to replace the first, quickly compiled code of the write path with optimised code
    // (tiered compilation): the rounds after them measure what a long-running LocalDataverse runs.
    private const int WarmUpRounds = 3;

    public static int Run(string[] args)
    {
        var rows = Option(args, "--rows", 500);
        var rounds = Option(args, "--rounds", 8);
        var folder = Directory.CreateTempSubdirectory("socialcrm-bench-singlewrites-").FullName;
        try
        {
            var types = ColumnTypes();
            using var dataverse = LocalDataverse.FromSolution(ManagedSolutionZip.Path).InFile(Path.Combine(folder, "dataverse.db"))
                .WithStep<NestedWritesPlugin>("Create", "account", PipelineStage.PreOperation, configure: step => step with { UnsecureConfiguration = types })
                .Build();
            var service = dataverse.GetOrganizationService(dataverse.CreateUser("SocialCrm Integration", isApplicationUser: true));
            for (var i = 0; i < 10; i++)
            {
                service.Create(new Entity("contact", NestedWritesPlugin.ContactId(i)) { ["lastname"] = FormattableString.Invariant($"Contact {i}") });
            }

            var cpu = new Dictionary<string, List<double>>();
            var wall = new Dictionary<string, List<double>>();
            var allocated = new Dictionary<string, List<double>>();
            for (var round = 1; round <= rounds + WarmUpRounds; round++)
            {
                var id = service.Create(new Entity("account") { ["name"] = FormattableString.Invariant($"{round} {rows}") });
                var times = service.Retrieve("account", id, new Microsoft.Xrm.Sdk.Query.ColumnSet("description")).GetAttributeValue<string>("description");
                if (round <= WarmUpRounds)
                {
                    continue;
                }

                foreach (var (kind, cpuTicks, wallTicks, bytes) in times.Split(';').Select(Parse))
                {
                    Add(cpu, kind, cpuTicks / 10.0 / rows);
                    Add(wall, kind, wallTicks / 10.0 / rows);
                    Add(allocated, kind, (double)bytes / rows);
                }
            }

            Console.WriteLine(FormattableString.Invariant(
                $"// load average {File.ReadAllText("/proc/loadavg").Trim()}; {rounds} rounds of {rows} writes of each kind, in one transaction each, after {WarmUpRounds} warm-up rounds"));
            Console.WriteLine("| single write sent by a plug-in | CPU µs per write, mean | min | wall µs per write, mean | min | bytes allocated per write |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|");
            foreach (var kind in NestedWritesPlugin.Kinds.Split(' '))
            {
                Console.WriteLine(FormattableString.Invariant(
                    $"| {kind} | {cpu[kind].Average():0.0} | {cpu[kind].Min():0.0} | {wall[kind].Average():0.0} | {wall[kind].Min():0.0} | {allocated[kind].Average():0} |"));
            }

            var all = NestedWritesPlugin.Kinds.Split(' ').Select(kind => cpu[kind].Average()).Average();
            Console.WriteLine(FormattableString.Invariant($"| all four kinds, CPU mean | {all:0.0} | | | |"));
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    // The types of the columns the plug-in writes, and a value each choice column accepts, from the solution's metadata.
    private static string ColumnTypes()
    {
        using var solution = LocalDataverse.FromSolution(ManagedSolutionZip.Path).Build();
        var columns = new[] { SocialProfileTable.LogicalName, ConversationTable.LogicalName }
            .SelectMany(name => solution.Metadata.Tables.Single(table => table.LogicalName == name).Columns);
        return string.Join(";", columns.GroupBy(column => column.LogicalName).Select(group => group.First()).Select(column =>
            FormattableString.Invariant($"{column.LogicalName}={column.Type}:{FirstOption(column)}")));
    }

    private static int FirstOption(ColumnDefinition column) =>
        column.Options.FirstOrDefault(option => column.Type != ColumnType.Status || option.State == 0)?.Value ?? 0;

    private static (string Kind, long Cpu, long Wall, long Bytes) Parse(string part)
    {
        var (kind, figures) = (part.Split('=')[0], part.Split('=')[1].Split('/').Select(figure => long.Parse(figure, CultureInfo.InvariantCulture)).ToArray());
        return (kind, figures[0], figures[1], figures[2]);
    }

    private static void Add(Dictionary<string, List<double>> times, string kind, double microseconds)
    {
        if (!times.TryGetValue(kind, out var list))
        {
            times[kind] = list = new List<double>();
        }

        list.Add(microseconds);
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
