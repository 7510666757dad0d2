using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Domain.Escalation;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.Benchmarks;

/// <summary>
/// What escalation rule evaluation costs per mention with 1, 10 and 100 active rules, in one run, as a ratio to 1 rule:
/// what the plug-in does per batch once it has read the rules (ActiveEscalationRules: one EscalationRuleSet, then
/// Decide for each new mention). A batch of 1,000 inbound mentions on six networks, of all three kinds, with sentiment
/// from -1 to 1, authors of influence 0 to 90, and texts with hashtags, accents and everyday complaint words. Every
/// mention reaches the rules (no blocked author, no open case); all but the last rule never match, so each mention is
/// tried against every rule, and the last (negative sentiment weighted by influence, opening a case) fires on about a
/// quarter of them (270 of 1,000). Each operation is one mention.
/// </summary>
[MemoryDiagnoser]
public class EscalationRuleBenchmarks
{
    private const int BatchSize = 1000;
    private const string LastRule = "Negative mentions";

    private static readonly SocialPlatform[] Platforms =
    {
        SocialPlatform.X, SocialPlatform.Facebook, SocialPlatform.Instagram, SocialPlatform.YouTube, SocialPlatform.Mastodon, SocialPlatform.Bluesky,
    };

    private static readonly MessageType[] MessageTypes = { MessageType.PublicPost, MessageType.CommentOrReply, MessageType.PrivateMessage };

    // None of the never-matching rules' keywords (lawsuit, chargeback, boycott, recall, breach...) occurs in these texts.
    private static readonly string[] Texts =
    {
        "Thanks for the quick delivery, the new phone works great!",
        "Is the store on Main Street open on Sunday?",
        "Still waiting for my refund, three weeks now. Not happy. #fail",
        "I want to cancel my subscription, nobody answers the chat 😡",
        "La entrega llegó tarde otra vez, qué decepción con el servicio de atención",
        "Worst customer service ever!! Two weeks late and support never answered, I want a refund",
        "Loving the new update, the app is so much faster now @brand #happy",
        "My order arrived damaged and the replacement is out of stock. What now?",
        "Ordered the headphones last month. Setup was easy and the sound is great, but the app keeps crashing when I " +
        "change the equaliser and support took four days to reply. Kind of disappointed, though the refund for the broken " +
        "case came quickly. Would I buy again? Probably, if they fix the app.",
        "Der Zug hat schon wieder Verspätung, ich bin so genervt",
    };

    private EscalationRule[] _oneRule = null!;
    private EscalationRule[] _tenRules = null!;
    private EscalationRule[] _hundredRules = null!;
    private EscalationContext[] _batch = null!;

    [GlobalSetup]
    public void Setup()
    {
        _oneRule = Rules(1);
        _tenRules = Rules(10);
        _hundredRules = Rules(100);
        _batch = Batch();
        var decisions = _batch.Select(new EscalationRuleSet(_hundredRules, null).Decide).Where(decision => decision.Escalate).ToList();
        if (decisions.Any(decision => decision.RuleName != LastRule))
        {
            throw new InvalidOperationException("A rule meant never to match this batch fired: every mention must be tried against every rule.");
        }

        Console.WriteLine($"// {decisions.Count} of {BatchSize} mentions escalate by the last rule; the other {BatchSize - decisions.Count} match none.");
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = BatchSize)]
    public int OneActiveRule() => DecideBatch(_oneRule);

    [Benchmark(OperationsPerInvoke = BatchSize)]
    public int TenActiveRules() => DecideBatch(_tenRules);

    [Benchmark(OperationsPerInvoke = BatchSize)]
    public int HundredActiveRules() => DecideBatch(_hundredRules);

    private int DecideBatch(EscalationRule[] rules)
    {
        var ruleSet = new EscalationRuleSet(rules, fallbackCaseAccountId: null);
        var escalated = 0;
        foreach (var context in _batch)
        {
            if (ruleSet.Decide(context).Escalate)
            {
                escalated++;
            }
        }

        return escalated;
    }

    /// <summary>count - 1 rules cycling through ten kinds an admin writes, none matching the batch, then the one that fires.</summary>
    private static EscalationRule[] Rules(int count)
    {
        var rules = Enumerable.Range(0, count - 1).Select(NeverMatching).ToList();
        rules.Add(new EscalationRule(LastRule, 10_000, RuleScope.Everywhere,
            new RuleConditions(sentimentAtOrBelow: -0.6, weighByInfluence: true),
            new RuleAction(EscalationAction.CreateCase, ConversationPriority.High)));
        return rules.ToArray();
    }

    private static EscalationRule NeverMatching(int index)
    {
        var name = $"Rule {index}";
        var raise = new RuleAction(EscalationAction.RaisePriority, ConversationPriority.High);
        var openCase = new RuleAction(EscalationAction.CreateCase, ConversationPriority.Urgent, CaseTitleTemplate.Parse("{platform}: {author} {text:80}"));
        return (index % 10) switch
        {
            0 => new EscalationRule(name, index, RuleScope.Parse("X;Bluesky", "public"),
                new RuleConditions(sentimentAtOrBelow: -0.4, keywords: EscalationKeywords.Parse("lawsuit;lawyer;class action")), openCase),
            1 => new EscalationRule(name, index, RuleScope.Parse(null, "private"),
                new RuleConditions(keywords: EscalationKeywords.Parse("refund;chargeback"), matchAllKeywords: true), openCase),
            2 => new EscalationRule(name, index, RuleScope.Everywhere,
                new RuleConditions(influenceAtOrAbove: 50, keywords: EscalationKeywords.Parse("#boycott;boycott")), raise),
            3 => new EscalationRule(name, index, RuleScope.Everywhere,
                new RuleConditions(followersAtOrAbove: 10_000_000, verifiedAuthorOnly: true), raise),
            4 => new EscalationRule(name, index, RuleScope.Everywhere,
                new RuleConditions(sentimentAtOrBelow: -0.8, negativeStreakAtLeast: 5), openCase),
            5 => new EscalationRule(name, index, RuleScope.Parse("Facebook;Instagram", "comment"),
                new RuleConditions(keywords: EscalationKeywords.Parse("recall;injury;injured;fire hazard")), openCase),
            6 => new EscalationRule(name, index, RuleScope.Everywhere,
                new RuleConditions(sentimentAbove: 0.9, influenceAtOrAbove: 95), raise),
            7 => new EscalationRule(name, index, RuleScope.Everywhere,
                new RuleConditions(keywords: EscalationKeywords.Parse("data breach;hacked;fraud;scam;phishing")), openCase),
            8 => new EscalationRule(name, index, RuleScope.Parse("LinkedIn", null),
                new RuleConditions(sentimentAtOrBelow: -0.3), openCase),
            _ => new EscalationRule(name, index, RuleScope.Everywhere,
                new RuleConditions(sentimentAtOrBelow: -0.5, weighByInfluence: true, keywords: EscalationKeywords.Parse("cancel;subscription;ombudsman"),
                    matchAllKeywords: true), openCase),
        };
    }

    private static EscalationContext[] Batch()
    {
        var random = new Random(18);
        var batch = new List<EscalationContext>(BatchSize);
        for (var i = 0; i < BatchSize; i++)
        {
            var platform = Platforms[i % Platforms.Length];
            var mention = new EscalatingMention(platform, MentionDirection.Inbound, Math.Round((random.NextDouble() * 2) - 1, 2), Texts[random.Next(Texts.Length)],
                postUrl: $"https://social.example/{platform}/posts/{i}", messageType: MessageTypes[i % MessageTypes.Length]);
            var author = new EscalatingAuthor(random.Next(91), blocked: false, handle: $"author{i % 200}", displayName: $"Author {i % 200}",
                contactId: i % 3 == 0 ? null : Guid.NewGuid(), followers: random.Next(500_000), verified: i % 10 == 0);
            batch.Add(new EscalationContext(mention, author, new EscalatingConversation(random.Next(4), hasOpenCase: false)));
        }

        return batch.ToArray();
    }
}
