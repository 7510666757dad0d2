using System;
using System.Collections.Generic;
using System.Linq;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.Plugins.Domain.Escalation;

/// <summary>The networks and kinds of mention a rule applies to; an empty list means all of them.</summary>
public sealed class RuleScope
{
    public static readonly RuleScope Everywhere = new RuleScope(Array.Empty<SocialPlatform>(), Array.Empty<MessageType>());

    // The short names admins type (issue #18: public / comment / private) beside the enum names.
    private static readonly IReadOnlyDictionary<string, MessageType> MessageTypeNames = new Dictionary<string, MessageType>(StringComparer.OrdinalIgnoreCase)
    {
        ["public"] = MessageType.PublicPost,
        ["comment"] = MessageType.CommentOrReply,
        ["reply"] = MessageType.CommentOrReply,
        ["private"] = MessageType.PrivateMessage,
    };

    public RuleScope(IReadOnlyCollection<SocialPlatform> platforms, IReadOnlyCollection<MessageType> messageTypes)
    {
        Platforms = platforms;
        MessageTypes = messageTypes;
    }

    public IReadOnlyCollection<SocialPlatform> Platforms { get; }

    public IReadOnlyCollection<MessageType> MessageTypes { get; }

    /// <summary>
    /// Whether the rule looks at this mention. A rule limited to some kinds of mention skips a mention whose kind the
    /// source did not say, rather than guess.
    /// </summary>
    public bool Covers(EscalatingMention mention) =>
        (Platforms.Count == 0 || Platforms.Contains(mention.Platform))
        && (MessageTypes.Count == 0 || (mention.MessageType.HasValue && MessageTypes.Contains(mention.MessageType.Value)));

    /// <summary>Parses the two lists, separated by ';' or ','; names compare case-insensitively.</summary>
    /// <exception cref="InvalidEscalationRuleException">A name is not a network or a kind of mention.</exception>
    public static RuleScope Parse(string? platforms, string? messageTypes) =>
        new RuleScope(
            Names(platforms).Select(name => PlatformOf(name)).Distinct().ToList(),
            Names(messageTypes).Select(name => MessageTypeOf(name)).Distinct().ToList());

    private static SocialPlatform PlatformOf(string name)
    {
        if (!int.TryParse(name, out _) && Enum.TryParse<SocialPlatform>(name, ignoreCase: true, out var platform))
        {
            return platform;
        }

        throw new InvalidEscalationRuleException(EscalationRuleTable.Platforms,
            $"{EscalationRuleTable.Platforms}: '{name}' is not a network; use {string.Join(", ", Enum.GetNames(typeof(SocialPlatform)))}.");
    }

    private static MessageType MessageTypeOf(string name)
    {
        if (MessageTypeNames.TryGetValue(name, out var type) || (!int.TryParse(name, out _) && Enum.TryParse(name, ignoreCase: true, out type)))
        {
            return type;
        }

        throw new InvalidEscalationRuleException(EscalationRuleTable.MessageTypes,
            $"{EscalationRuleTable.MessageTypes}: '{name}' is not a kind of mention; use public, comment or private.");
    }

    private static IEnumerable<string> Names(string? list) =>
        (list ?? string.Empty).Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries)
            .Select(name => name.Trim())
            .Where(name => name.Length > 0);
}
