using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.Benchmarks.Profile;

/// <summary>
/// Sends the four kinds of single writes the mention plug-ins send (Create and Update of scrm_socialprofile and
/// scrm_conversation, with the columns their stores write) through its organization service, inside the transaction
/// of the account Create it is registered on (pre-operation): the nested path of a plug-in's write, without the rest of
/// the plug-ins. The account's name says "round rows"; the step writes the CPU time, wall time and bytes allocated of
/// each kind into its description (the bytes count the step's own rows too, the same in every build). Values are made from the column types the unsecure configuration lists ("column=Type:option;...").
/// </summary>
public sealed class NestedWritesPlugin : IPlugin
{
    public const string Kinds = "profile-create conversation-create profile-update conversation-update";

    private static readonly string[] ProfileCreate =
    {
        SocialProfileTable.Platform, SocialProfileTable.ExternalUserId, SocialProfileTable.Handle, SocialProfileTable.DisplayName,
        SocialProfileTable.Followers, SocialProfileTable.Verified, SocialProfileTable.Contact, SocialProfileTable.LinkMethod,
        SocialProfileTable.LinkConfidence, SocialProfileTable.Blocked, SocialProfileTable.IdentityAsOf, SocialProfileTable.MentionCount,
        SocialProfileTable.ScoredMentionCount, SocialProfileTable.LastMentionOn, SocialProfileTable.AverageSentiment,
        SocialProfileTable.TotalEngagement, SocialProfileTable.InfluenceScore,
    };

    private static readonly string[] ConversationCreate =
    {
        ConversationTable.PrimaryName, ConversationTable.Platform, ConversationTable.ExternalThreadId, ConversationTable.OriginatingProfile,
        ConversationTable.Priority, ConversationTable.Contact, ConversationTable.MentionCount, ConversationTable.InboundMentionCount,
        ConversationTable.FirstMentionOn, ConversationTable.LastMentionOn, ConversationTable.LastInboundOn, ConversationTable.AverageSentiment,
        ConversationTable.LastSentiment, ConversationTable.SentimentTrend, ConversationTable.NegativeStreak, ConversationTable.StatusCode,
    };

    private static readonly string[] ProfileUpdate =
    {
        SocialProfileTable.Handle, SocialProfileTable.DisplayName, SocialProfileTable.MentionCount, SocialProfileTable.ScoredMentionCount,
        SocialProfileTable.LastMentionOn, SocialProfileTable.AverageSentiment, SocialProfileTable.TotalEngagement, SocialProfileTable.InfluenceScore,
    };

    private static readonly string[] ConversationUpdate =
    {
        ConversationTable.MentionCount, ConversationTable.InboundMentionCount, ConversationTable.LastMentionOn, ConversationTable.LastInboundOn,
        ConversationTable.AverageSentiment, ConversationTable.LastSentiment, ConversationTable.SentimentTrend, ConversationTable.NegativeStreak,
        ConversationTable.StatusCode,
    };

    private readonly Dictionary<string, (string Type, int Option)> types;

    public NestedWritesPlugin(string unsecure, string secure)
    {
        types = unsecure.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(pair => pair.Split('=')).ToDictionary(
            pair => pair[0],
            pair => (pair[1].Split(':')[0], int.Parse(pair[1].Split(':')[1], CultureInfo.InvariantCulture)));
    }

    /// <summary>The id of row <paramref name="row"/> of a round: the writes of one kind find the rows of another by it.</summary>
    public static Guid IdOf(string table, int round, int row) =>
        new(round, (short)(table == SocialProfileTable.LogicalName ? 1 : 2), 0, BitConverter.GetBytes((long)row));

    /// <summary>The contacts the profiles and conversations link to, created before the rounds.</summary>
    public static Guid ContactId(int index) => new(0, 3, 0, BitConverter.GetBytes((long)index));

    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        var factory = (IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!;
        var service = factory.CreateOrganizationService(context.UserId);
        var target = (Entity)context.InputParameters["Target"];
        var parts = target.GetAttributeValue<string>("name").Split(' ');
        var round = int.Parse(parts[0], CultureInfo.InvariantCulture);
        var rows = int.Parse(parts[1], CultureInfo.InvariantCulture);
        var times = new List<string>();
        foreach (var kind in Kinds.Split(' '))
        {
            var bytes = GC.GetAllocatedBytesForCurrentThread();
            var cpu = ThreadCpuClock.Now();
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < rows; i++)
            {
                Write(service, kind, round, i);
            }

            var elapsed = clock.Elapsed;
            var used = ThreadCpuClock.Now() - cpu;
            times.Add(FormattableString.Invariant($"{kind}={used.Ticks}/{elapsed.Ticks}/{GC.GetAllocatedBytesForCurrentThread() - bytes}"));
        }

        target["description"] = string.Join(";", times);
    }

    private void Write(IOrganizationService service, string kind, int round, int i)
    {
        switch (kind)
        {
            case "profile-create":
                service.Create(Row(SocialProfileTable.LogicalName, IdOf(SocialProfileTable.LogicalName, round, i), ProfileCreate, round, i));
                break;
            case "conversation-create":
                service.Create(Row(ConversationTable.LogicalName, IdOf(ConversationTable.LogicalName, round, i), ConversationCreate, round, i));
                break;
            case "profile-update":
                service.Update(Row(SocialProfileTable.LogicalName, IdOf(SocialProfileTable.LogicalName, round, i), ProfileUpdate, round, i + 1));
                break;
            default:
                service.Update(Row(ConversationTable.LogicalName, IdOf(ConversationTable.LogicalName, round, i), ConversationUpdate, round, i + 1));
                break;
        }
    }

    private Entity Row(string table, Guid id, string[] columns, int round, int i)
    {
        var row = new Entity(table, id);
        foreach (var column in columns)
        {
            row[column] = column switch
            {
                ConversationTable.OriginatingProfile => new EntityReference(SocialProfileTable.LogicalName, IdOf(SocialProfileTable.LogicalName, round, i)),
                SocialProfileTable.Contact => new EntityReference("contact", ContactId(i % 10)),
                _ => Value(column, round, i),
            };
        }

        return row;
    }

    private object Value(string column, int round, int i)
    {
        var (type, option) = types[column];
        return type switch
        {
            "String" or "Memo" => FormattableString.Invariant($"{column[5..]}-{round}-{i}"),
            "Integer" => i % 1000,
            "BigInt" => (long)i,
            "Decimal" => 0.25m,
            "Double" => 0.5,
            "Money" => new Money(1m),
            "Boolean" => i % 2 == 0,
            "DateTime" => new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc).AddSeconds(i),
            "Picklist" or "State" or "Status" => new OptionSetValue(option),
            _ => throw new InvalidOperationException($"The benchmark has no value for {column} ({type})."),
        };
    }
}
