using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using SocialCrm.Dataverse.Local;
using SocialCrm.Dataverse.Local.Metadata;
using SocialCrm.Mentions;

namespace SocialCrm.Benchmarks.EndToEnd;

/// <summary>
/// Server time of one UpsertMultiple of 1,000 new mentions as the tables grow: one store file, filled by
/// <see cref="GrowthSeeder"/> up to each checkpoint, where a LocalDataverse with the managed solution opens it and
/// sends one batch it does not time and times three batches through the plug-ins (median). Mentions come from <see cref="MentionGenerator"/> with 20,000 authors, so profiles and
/// conversations grow with the mentions. At the empty store, the same batches also go to an environment with the
/// solution's tables and no steps: the difference is what the plug-ins cost per batch.
/// </summary>
internal static class GrowthRun
{
    public const int BatchSize = 1000;
    public const int Authors = 20_000;
    private const int TimedBatches = 3;

    // Each point first sends one batch it does not time, so no point pays for a freshly opened file (a cold page cache,
    // the plug-ins' first run) and every point is measured the same way.
    private const int WarmUpBatches = 1;

    public static IReadOnlyList<GrowthPoint> Run(IReadOnlyList<int> checkpoints)
    {
        var folder = Directory.CreateTempSubdirectory("socialcrm-bench-growth-").FullName;
        try
        {
            var path = Path.Combine(folder, "dataverse.db");
            var tables = SolutionTables();
            var generator = new MentionGenerator(seed: 1919, Authors, DateTimeOffset.UtcNow.AddDays(-30));
            var seeder = new GrowthSeeder();
            var points = new List<GrowthPoint>();
            var stored = 0;
            foreach (var checkpoint in checkpoints)
            {
                if (stored < checkpoint)
                {
                    var clock = System.Diagnostics.Stopwatch.StartNew();
                    using (var plain = LocalDataverse.FromMetadata(tables).InFile(path).Build())
                    {
                        seeder.Seed(plain.GetOrganizationService(), generator, checkpoint - stored);
                    }

                    Console.WriteLine(FormattableString.Invariant($"//   seeded {checkpoint - stored:N0} mentions in {clock.Elapsed.TotalSeconds:0} s"));
                    stored = checkpoint;
                }

                var timer = new UpsertMultipleTimer();
                using (var dataverse = LocalDataverse.FromSolution(ManagedSolutionZip.Path).InFile(path).WithRequestStep(timer).Build())
                {
                    var service = dataverse.GetOrganizationService(dataverse.CreateUser("SocialCrm Integration", isApplicationUser: true));
                    TimeBatches(service, generator, timer);
                }

                points.Add(new GrowthPoint(stored, timer.Median));
                Console.WriteLine(FormattableString.Invariant($"//   {stored:N0} stored: {timer.Median.TotalMilliseconds:0} ms per batch of {BatchSize:N0}, load average {File.ReadAllText("/proc/loadavg").Trim()}"));
                stored += (WarmUpBatches + TimedBatches) * BatchSize;
            }

            return points;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    // The managed solution's tables, read from the zip an admin imports.
    private static TableDefinition[] SolutionTables()
    {
        using var solution = LocalDataverse.FromSolution(ManagedSolutionZip.Path).Build();
        return solution.Metadata.Tables.ToArray();
    }

    /// <summary>
    /// Median server time of a batch of 1,000 new mentions into an empty store file without SocialCrm's steps, warmed
    /// up and timed as each point of <see cref="Run"/> is.
    /// </summary>
    public static TimeSpan WithoutPlugins()
    {
        var folder = Directory.CreateTempSubdirectory("socialcrm-bench-without-steps-").FullName;
        try
        {
            var scrm = SolutionTables().Where(table => table.LogicalName.StartsWith("scrm_", StringComparison.Ordinal)).ToArray();
            var timer = new UpsertMultipleTimer();
            using (var dataverse = LocalDataverse.FromMetadata(scrm).InFile(Path.Combine(folder, "dataverse.db")).WithRequestStep(timer).Build())
            {
                TimeBatches(dataverse.GetOrganizationService(), new MentionGenerator(seed: 1919, Authors, DateTimeOffset.UtcNow.AddDays(-30)), timer);
            }

            return timer.Median;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void TimeBatches(IOrganizationService service, MentionGenerator generator, UpsertMultipleTimer timer)
    {
        for (var i = 0; i < WarmUpBatches; i++)
        {
            service.Execute(Batch(generator));
        }

        timer.Clear();
        for (var i = 0; i < TimedBatches; i++)
        {
            service.Execute(Batch(generator));
        }
    }

    /// <summary>The next 1,000 generated mentions as one UpsertMultiple, keyed as the worker keys them.</summary>
    public static UpsertMultipleRequest Batch(MentionGenerator generator)
    {
        var targets = new EntityCollection { EntityName = MentionTable.LogicalName };
        for (var i = 0; i < BatchSize; i++)
        {
            targets.Entities.Add(Target(generator.Next()));
        }

        return new UpsertMultipleRequest { Targets = targets };
    }

    // The columns the worker's MentionTarget writes for these fields, keyed by platform and post id as the worker keys them.
    private static Entity Target(Dictionary<string, object?> mention)
    {
        var target = new Entity(MentionTable.LogicalName)
        {
            KeyAttributes = new KeyAttributeCollection
            {
                { MentionTable.Platform, new OptionSetValue((int)SocialPlatform.X) },
                { MentionTable.ExternalPostId, mention["externalPostId"] },
            },
            [MentionTable.AuthorExternalId] = mention["authorExternalId"],
            [MentionTable.AuthorHandle] = mention["authorHandle"],
            [MentionTable.AuthorDisplayName] = mention["authorDisplayName"],
            [MentionTable.AuthorFollowers] = mention["authorFollowers"],
            [MentionTable.Description] = mention["text"],
            [MentionTable.PostedOn] = DateTimeOffset.Parse((string)mention["postedOn"]!, CultureInfo.InvariantCulture).UtcDateTime,
            [MentionTable.Likes] = mention["likes"],
            [MentionTable.Shares] = mention["shares"],
        };
        if (mention["threadId"] is string thread)
        {
            target[MentionTable.ThreadId] = thread;
        }

        if (mention["inReplyToId"] is string parent)
        {
            target[MentionTable.InReplyToId] = parent;
        }

        return target;
    }
}

/// <summary>Median server time of a batch of 1,000 new mentions with <see cref="Stored"/> mentions already stored.</summary>
internal sealed record GrowthPoint(int Stored, TimeSpan MedianBatch);
