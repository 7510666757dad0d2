using SocialCrm.Plugins.Domain.Replies;

namespace SocialCrm.Plugins.Application.Replies;

/// <summary>An accepted reply and the conversation it goes to.</summary>
public sealed class DecidedReply
{
    public DecidedReply(ReplyTarget target, ReplyDecision decision)
    {
        Target = target;
        Decision = decision;
    }

    public ReplyTarget Target { get; }

    public ReplyDecision Decision { get; }
}
