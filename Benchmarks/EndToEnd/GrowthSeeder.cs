using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;
using SocialCrm.Dataverse.Local;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.Benchmarks.EndToEnd;

/// <summary>
/// Fills a store file with stored mentions fast, for the growth run's large checkpoints: the generator's mentions, their
/// authors' profiles and their threads' conversations, keyed and linked as intake leaves them, written with
/// CreateMultiple of 1,000 through a LocalDataverse on the same file that has the solution's tables and no steps. So the
/// rows go through LocalDataverse's validation and storage (indexes, activity pointers) without the plug-ins' time;
/// figures are left as the first mention set them, which no lookup reads.
/// </summary>
internal sealed class GrowthSeeder
{
    private readonly Dictionary<string, Guid> profiles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Guid> conversations = new(StringComparer.Ordinal);

    /// <summary>
    /// Stores the generator's next <paramref name="count"/> mentions (a multiple of 1,000). Authors and threads the
    /// plug-ins stored between two seedings are looked up first, so they are linked rather than created twice.
    /// </summary>
    public void Seed(IOrganizationService service, MentionGenerator generator, int count)
    {
        for (var done = 0; done < count; done += GrowthRun.BatchSize)
        {
            var batch = Enumerable.Range(0, GrowthRun.BatchSize).Select(_ => generator.Next()).ToList();
            Learn(service, SocialProfileTable.LogicalName, SocialProfileTable.ExternalUserId, batch.Select(m => (string)m["authorExternalId"]!), profiles);
            Learn(service, ConversationTable.LogicalName, ConversationTable.ExternalThreadId, batch.Select(Thread), conversations);
            var newProfiles = new List<Entity>();
            var newConversations = new List<Entity>();
            var mentions = new List<Entity>();
            foreach (var mention in batch)
            {
                var author = (string)mention["authorExternalId"]!;
                if (!profiles.TryGetValue(author, out var profileId))
                {
                    profileId = Guid.NewGuid();
                    profiles.Add(author, profileId);
                    newProfiles.Add(Profile(profileId, mention));
                }

                var thread = Thread(mention);
                if (!conversations.TryGetValue(thread, out var conversationId))
                {
                    conversationId = Guid.NewGuid();
                    conversations.Add(thread, conversationId);
                    newConversations.Add(Conversation(conversationId, thread, profileId, mention));
                }

                mentions.Add(Mention(mention, profileId, conversationId));
            }

            Create(service, SocialProfileTable.LogicalName, newProfiles);
            Create(service, ConversationTable.LogicalName, newConversations);
            Create(service, MentionTable.LogicalName, mentions);
        }
    }

    private static string Thread(Dictionary<string, object?> mention) => (string?)mention["threadId"] ?? (string)mention["externalPostId"]!;

    // One query for the ids the seeder has not seen: rows the plug-ins created since the last seeding.
    private static void Learn(IOrganizationService service, string table, string keyColumn, IEnumerable<string> keys, Dictionary<string, Guid> known)
    {
        var unknown = keys.Where(key => !known.ContainsKey(key)).Distinct(StringComparer.Ordinal).Cast<object>().ToArray();
        if (unknown.Length == 0)
        {
            return;
        }

        var query = new QueryExpression(table) { ColumnSet = new ColumnSet(keyColumn) };
        query.Criteria.AddCondition(keyColumn, ConditionOperator.In, unknown);
        query.PageInfo = new PagingInfo { Count = 5000, PageNumber = 1 };
        foreach (var row in service.RetrieveMultiple(query).Entities)
        {
            known[row.GetAttributeValue<string>(keyColumn)] = row.Id;
        }
    }

    private static void Create(IOrganizationService service, string table, List<Entity> rows)
    {
        if (rows.Count > 0)
        {
            service.Execute(new CreateMultipleRequest { Targets = new EntityCollection(rows) { EntityName = table } });
        }
    }

    private static Entity Profile(Guid id, Dictionary<string, object?> mention) => new(SocialProfileTable.LogicalName, id)
    {
        [SocialProfileTable.PrimaryName] = mention["authorDisplayName"],
        [SocialProfileTable.Platform] = new OptionSetValue((int)SocialPlatform.X),
        [SocialProfileTable.ExternalUserId] = mention["authorExternalId"],
        [SocialProfileTable.Handle] = ((string)mention["authorHandle"]!).TrimStart('@').ToLowerInvariant(),
        [SocialProfileTable.DisplayName] = mention["authorDisplayName"],
        [SocialProfileTable.Followers] = mention["authorFollowers"],
        [SocialProfileTable.MentionCount] = 1,
        [SocialProfileTable.LastMentionOn] = PostedOn(mention),
    };

    private static Entity Conversation(Guid id, string thread, Guid profileId, Dictionary<string, object?> mention) => new(ConversationTable.LogicalName, id)
    {
        [ConversationTable.PrimaryName] = thread,
        [ConversationTable.Platform] = new OptionSetValue((int)SocialPlatform.X),
        [ConversationTable.ExternalThreadId] = thread,
        [ConversationTable.OriginatingProfile] = new EntityReference(SocialProfileTable.LogicalName, profileId),
        [ConversationTable.MentionCount] = 1,
        [ConversationTable.FirstMentionOn] = PostedOn(mention),
        [ConversationTable.LastMentionOn] = PostedOn(mention),
    };

    private static Entity Mention(Dictionary<string, object?> mention, Guid profileId, Guid conversationId)
    {
        var row = new Entity(MentionTable.LogicalName, Guid.NewGuid())
        {
            [MentionTable.Subject] = mention["text"],
            [MentionTable.Description] = mention["text"],
            [MentionTable.Platform] = new OptionSetValue((int)SocialPlatform.X),
            [MentionTable.ExternalPostId] = mention["externalPostId"],
            [MentionTable.ThreadId] = (string?)mention["threadId"] ?? (string)mention["externalPostId"]!,
            [MentionTable.Direction] = new OptionSetValue((int)MentionDirection.Inbound),
            [MentionTable.AuthorProfile] = new EntityReference(SocialProfileTable.LogicalName, profileId),
            [MentionTable.AuthorExternalId] = mention["authorExternalId"],
            [MentionTable.AuthorHandle] = mention["authorHandle"],
            [MentionTable.AuthorDisplayName] = mention["authorDisplayName"],
            [MentionTable.AuthorFollowers] = mention["authorFollowers"],
            [MentionTable.Conversation] = new EntityReference(ConversationTable.LogicalName, conversationId),
            [MentionTable.PostedOn] = PostedOn(mention),
            [MentionTable.Likes] = mention["likes"],
            [MentionTable.Shares] = mention["shares"],
        };
        if (mention["inReplyToId"] is string parent)
        {
            row[MentionTable.InReplyToId] = parent;
        }

        return row;
    }

    private static DateTime PostedOn(Dictionary<string, object?> mention) =>
        DateTimeOffset.Parse((string)mention["postedOn"]!, CultureInfo.InvariantCulture).UtcDateTime;
}
