using System;
using System.Globalization;
using SocialCrm.Mentions;

namespace SocialCrm.Plugins.Domain.Replies;

/// <summary>
/// The rules a reply composed in Dataverse meets before anything leaves for the network, checked in the order an agent
/// can act on them: where it can go, the conversation's state, what it answers, the network's messaging window, its length.
/// </summary>
public static class ReplyRules
{
    /// <summary>
    /// Meta's standard messaging window: a Page may answer a person's message on Messenger for 24 hours after it, and an
    /// Instagram professional account likewise on Instagram Direct.
    /// https://developers.facebook.com/documentation/business-messaging/messenger-platform/policy/ and
    /// https://developers.facebook.com/documentation/business-messaging/instagram-messaging/features/send-message
    /// </summary>
    public static readonly TimeSpan MetaMessagingWindow = TimeSpan.FromHours(24);

    public static ReplyDecision Decide(string? text, bool wantsPrivate, ReplyTarget target, DateTime utcNow)
    {
        var cleaned = text?.Normalize(System.Text.NormalizationForm.FormC).Trim();
        if (string.IsNullOrEmpty(cleaned))
        {
            return ReplyDecision.Refuse($"{MentionTable.Description} is required: a reply needs text to post.");
        }

        var isPrivate = target.IsPrivateThread;
        var unsupported = Unsupported(target.Platform, isPrivate);
        if (unsupported != null)
        {
            return ReplyDecision.Refuse(unsupported);
        }

        if (target.IsClosed)
        {
            return ReplyDecision.Refuse(
                "The conversation is resolved: reopen it first if the customer should hear from you again " +
                "(scrm_ReplyToConversation reopens it when called with ReopenConversation true).");
        }

        if (wantsPrivate && !target.IsPrivateThread)
        {
            return ReplyDecision.Refuse(
                $"A private reply needs a direct-message thread, and this {target.Platform} conversation is public: " +
                "reply publicly, or wait for the customer to message you.");
        }

        var answered = target.LastFromCustomer;
        if (answered == null)
        {
            return ReplyDecision.Refuse("The conversation has no message from the customer to reply to.");
        }

        if (answered.IsRemoved)
        {
            return ReplyDecision.Refuse(
                $"The customer's post {answered.PostId} was deleted or hidden on {target.Platform}: nothing can be posted under it.");
        }

        if (isPrivate && MetaMessenger(target.Platform) is { } messenger && utcNow - answered.PostedOn > MetaMessagingWindow)
        {
            return ReplyDecision.Refuse(
                $"Meta's 24-hour messaging window has closed: the customer's last message was at {Format(answered.PostedOn)}, " +
                $"{Hours(utcNow - answered.PostedOn)} hours ago, and {messenger} only within 24 hours of it.");
        }

        var posted = cleaned!;
        if (isPrivate && target.Platform == SocialPlatform.Mastodon)
        {
            if (string.IsNullOrEmpty(answered.AuthorHandle))
            {
                return ReplyDecision.Refuse(
                    "Mastodon delivers a direct message only to the accounts it mentions, and the customer's handle is not known: " +
                    "start the reply with @ and their handle.");
            }

            posted = MastodonAddress.AddressedTo(posted, answered.AuthorHandle!);
        }

        var tooLong = ReplyLength.Check(target.Platform, isPrivate, posted);
        if (tooLong != null)
        {
            return ReplyDecision.Refuse($"{MentionTable.Description} {tooLong}.");
        }

        return ReplyDecision.Accept(posted, isPrivate ? MessageType.PrivateMessage : MessageType.CommentOrReply, answered.PostId);
    }

    /// <summary>Why SocialCrm cannot post this kind of reply on <paramref name="platform"/>, or null when it can.</summary>
    public static string? Unsupported(SocialPlatform platform, bool isPrivate)
    {
        switch (platform)
        {
            case SocialPlatform.X:
            case SocialPlatform.Facebook:
            case SocialPlatform.Instagram:
            case SocialPlatform.Mastodon:
                return null;
            case SocialPlatform.Bluesky:
                return isPrivate ? "SocialCrm does not send Bluesky direct messages: answer this chat in Bluesky." : null;
            default:
                return $"SocialCrm cannot post replies to {platform}: answer the customer on {platform} directly.";
        }
    }

    /// <summary>Who may answer privately under Meta's messaging window on <paramref name="platform"/>, or null off Meta.</summary>
    private static string? MetaMessenger(SocialPlatform platform) => platform switch
    {
        SocialPlatform.Facebook => "a Page may answer on Messenger",
        SocialPlatform.Instagram => "a business may answer on Instagram Direct",
        _ => null,
    };

    private static string Format(DateTime value) => value.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string Hours(TimeSpan age) => ((int)age.TotalHours).ToString(CultureInfo.InvariantCulture);
}
