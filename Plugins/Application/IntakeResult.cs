using System;
using SocialCrm.Plugins.Domain.Intake;
using SocialCrm.Plugins.Domain.Sentiment;

namespace SocialCrm.Plugins.Application;

/// <summary>What intake decided for one mention before it is written: its cleaned values, author profile, conversation and sentiment.</summary>
public sealed class IntakeResult
{
    public IntakeResult(ValidMention mention, string subject, Guid authorProfileId, Guid conversationId, SentimentResult sentiment, string sentimentSource)
    {
        Mention = mention;
        Subject = subject;
        AuthorProfileId = authorProfileId;
        ConversationId = conversationId;
        Sentiment = sentiment;
        SentimentSource = sentimentSource;
    }

    /// <summary>The mention normalised and validated.</summary>
    public ValidMention Mention { get; }

    /// <summary>The first line of the text as a subject (<see cref="SocialCrm.Mentions.MentionSubject"/>); for an empty text, the network and post id.</summary>
    public string Subject { get; }

    public Guid AuthorProfileId { get; }

    public Guid ConversationId { get; }

    public SentimentResult Sentiment { get; }

    /// <summary>Who scored it: the sender's tool for a delivered score, else the local scorer.</summary>
    public string SentimentSource { get; }
}
