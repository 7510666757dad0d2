using System;
using System.Collections.Generic;
using System.Linq;
using SocialCrm.Plugins.Domain.Threading;
using SocialCrm.Plugins.Stores;

namespace SocialCrm.Plugins.Application;

/// <summary>
/// Puts a batch of mentions into conversations with <see cref="ThreadResolver"/>: <see cref="Plan"/> reads what it
/// needs in two queries (stored posts with their conversations, conversations by thread) and writes nothing;
/// <see cref="Apply"/> reopens, retires and creates conversations, one write each.
/// </summary>
public sealed class ConversationThreading
{
    private readonly IMentionStore _mentions;
    private readonly IConversationStore _conversations;
    private readonly ThreadResolver _resolver;

    public ConversationThreading(IMentionStore mentions, IConversationStore conversations, int reopenWindowDays)
    {
        _mentions = mentions;
        _conversations = conversations;
        _resolver = new ThreadResolver(reopenWindowDays);
    }

    public BatchThreading Plan(IReadOnlyList<ThreadingMention> batch)
    {
        var lookup = ThreadingLookup.For(batch);
        var ownPosts = new HashSet<ThreadKey>(batch.Select(mention => mention.PostKey));

        // The batch's own posts ride along in the query for parents and roots: finding one means a redelivery that
        // came as Create instead of Upsert, which intake rejects before writing anything.
        var stored = _mentions.FindByPostKeys(lookup.PostKeys.Concat(ownPosts));
        var alreadyStored = stored.Where(mention => ownPosts.Contains(mention.PostKey)).Select(mention => mention.PostKey).ToList();
        var known = stored.Where(mention => !ownPosts.Contains(mention.PostKey)).ToList();
        var plan = _resolver.Plan(batch, known, _conversations.FindByThreadKeys(lookup.ThreadKeysWith(known)));
        return new BatchThreading(batch, plan, alreadyStored);
    }

    /// <summary>Writes the plan and returns each mention's conversation, in batch order.</summary>
    /// <param name="threading">The plan of <see cref="Plan"/>.</param>
    /// <param name="authors">Each mention's author profile, in batch order: a new conversation's originating profile and contact.</param>
    public Guid[] Apply(BatchThreading threading, IReadOnlyList<ResolvedAuthor> authors)
    {
        var plan = threading.Plan;
        var indexOf = new Dictionary<ThreadingMention, int>();
        for (var index = 0; index < threading.Batch.Count; index++)
        {
            indexOf[threading.Batch[index]] = index;
        }

        foreach (var reopened in plan.ReopenedConversations)
        {
            _conversations.Reopen(reopened.Id);
        }

        var created = new Dictionary<NewConversation, Guid>();
        foreach (var conversation in plan.NewConversations)
        {
            if (conversation.RetiredThreadId != null)
            {
                _conversations.Retire(conversation.Previous!, conversation.RetiredThreadId);
            }

            var startedBy = authors[indexOf[conversation.StartedBy]];
            created[conversation] = _conversations.Create(conversation, startedBy.ProfileId, startedBy.ContactId);
        }

        return plan.Decisions
            .Select(decision => decision.NewConversation != null ? created[decision.NewConversation] : decision.ConversationId!.Value)
            .ToArray();
    }
}
