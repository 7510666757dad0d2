using System.ComponentModel;
using System.Linq;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Application.Replies;
using SocialCrm.Plugins.Hosting;
using SocialCrm.Plugins.Mentions;
using SocialCrm.Plugins.Registration;
using SocialCrm.Plugins.Stores;

namespace SocialCrm.Plugins.Replies;

/// <summary>
/// The rules a reply composed in Dataverse meets before anything leaves (see <see cref="ReplyComposition"/>). Registered
/// on CreateMultiple of scrm_mention, pre-operation, synchronous: the merged pipeline runs it for a single Create from
/// the form or the Custom API too. It acts on composed replies only; <see cref="MentionIntakePlugin"/> leaves those to it.
/// </summary>
[PluginStep("CreateMultiple", MentionTable.LogicalName, PluginStepStage.PreOperation, Mode = PluginStepMode.Synchronous, Rank = 1,
    Description = "Reply rules before anything leaves: network, conversation state, messaging window, length. Replies composed in Dataverse only.")]
[DisplayName("Reply composition")]
[Description("Checks a reply composed in Dataverse against the network's rules and the conversation's state before it waits for delivery.")]
public sealed class ReplyCompositionPlugin : PluginBase
{
    public ReplyCompositionPlugin(string? unsecureConfiguration, string? secureConfiguration)
        : base(typeof(ReplyCompositionPlugin))
    {
    }

    protected override void ExecuteDataversePlugin(ILocalPluginContext context)
    {
        var replies = context.PluginExecutionContext.TargetEntities().Where(ComposedReplyReader.IsComposedReply).ToList();
        if (replies.Count == 0)
        {
            return;
        }

        var decided = new ReplyComposition(new ReplyTargetStore(context.PluginUserService), context.UtcNow)
            .Decide(replies.Select(ComposedReplyReader.Read).ToList());
        for (var index = 0; index < replies.Count; index++)
        {
            ReplyDecisionWriter.Write(replies[index], decided[index].Target, decided[index].Decision);
        }

        context.Trace($"{replies.Count} replies accepted, pending delivery.");
    }
}
