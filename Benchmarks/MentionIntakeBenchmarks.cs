using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using SocialCrm.Dataverse.Local;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.Benchmarks;

/// <summary>
/// What SocialCrm's plug-ins cost per mention: new mentions written one Create at a time and in UpsertMultiple batches
/// of 1000, into a LocalDataverse with the solution's managed zip imported (its tables and steps), and into one with the
/// zip's tables and no steps (the platform's own cost). Mentions come from 200 authors in threads of five, with texts that
/// score positive, neutral and negative; none escalates. Each operation is one mention. The cleanup prints the
/// organisation-service calls the plug-ins made per mention.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class MentionIntakeBenchmarks
{
    private const int BatchSize = 1000;
    private const int SingleCreatesPerInvoke = 100;
    private const int Authors = 200;
    private const int MentionsPerThread = 5;

    private static readonly string[] Texts =
    {
        "Thanks for the quick delivery, the new phone works great!",
        "Is the store on Main Street open on Sunday?",
        "The app is a bit slow today.",
        "Got my parcel, all good. Cheers @brand",
    };

    private static readonly DateTime Start = new(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private LocalDataverse dataverse = null!;
    private IOrganizationService service = null!;
    private int sequence;
    private int written;

    [Params(false, true)]
    public bool WithSocialCrm { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        dataverse = LocalDataverse.FromSolution(ManagedSolutionZip.Path).Build();
        if (!WithSocialCrm)
        {
            var tables = dataverse.Metadata.Tables.Where(table => table.LogicalName.StartsWith("scrm_", StringComparison.Ordinal)).ToArray();
            dataverse.Dispose();
            dataverse = LocalDataverse.FromMetadata(tables).Build();
        }

        service = dataverse.GetOrganizationService(dataverse.CreateUser("SocialCrm worker", isApplicationUser: true));
        dataverse.Calls.Clear();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        var calls = dataverse.Calls.Calls.Where(call => call.FromPlugin).ToList();
        var queries = calls.Count(call => call.MessageName == "RetrieveMultiple");
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture,
            "// SocialCrm={0}: {1} mentions, plug-in calls {2} ({3:0.000} per mention): {4} queries ({5:0.000} per mention), {6} writes ({7:0.000} per mention)",
            WithSocialCrm, written, calls.Count, Per(calls.Count), queries, Per(queries), calls.Count - queries, Per(calls.Count - queries)));
        dataverse.Dispose();
    }

    [Benchmark(OperationsPerInvoke = SingleCreatesPerInvoke)]
    public void CreateOneAtATime()
    {
        for (var i = 0; i < SingleCreatesPerInvoke; i++)
        {
            service.Create(NextMention());
        }
    }

    [Benchmark(OperationsPerInvoke = BatchSize)]
    public void UpsertMultipleBatch()
    {
        var targets = new List<Entity>(BatchSize);
        for (var i = 0; i < BatchSize; i++)
        {
            var mention = NextMention();
            var key = new KeyAttributeCollection
            {
                { MentionTable.Platform, mention[MentionTable.Platform] },
                { MentionTable.ExternalPostId, mention[MentionTable.ExternalPostId] },
            };
            mention.Attributes.Remove(MentionTable.Platform);
            mention.Attributes.Remove(MentionTable.ExternalPostId);
            mention.KeyAttributes = key;
            targets.Add(mention);
        }

        service.Execute(new UpsertMultipleRequest { Targets = new EntityCollection(targets) { EntityName = MentionTable.LogicalName } });
    }

    private Entity NextMention()
    {
        var n = sequence++;
        written++;
        var author = (n % Authors).ToString(CultureInfo.InvariantCulture);
        return new Entity(MentionTable.LogicalName)
        {
            [MentionTable.Platform] = new OptionSetValue((int)SocialPlatform.X),
            [MentionTable.ExternalPostId] = "post-" + n.ToString(CultureInfo.InvariantCulture),
            [MentionTable.ThreadId] = "thread-" + (n / MentionsPerThread).ToString(CultureInfo.InvariantCulture),
            [MentionTable.AuthorExternalId] = "user-" + author,
            [MentionTable.AuthorHandle] = "@User" + author,
            [MentionTable.AuthorDisplayName] = "User " + author,
            [MentionTable.AuthorFollowers] = 100 + n % 5000,
            [MentionTable.PostedOn] = Start.AddSeconds(n),
            [MentionTable.Description] = Texts[n % Texts.Length],
            [MentionTable.Likes] = n % 7,
        };
    }

    private double Per(int count) => written == 0 ? 0 : (double)count / written;
}
