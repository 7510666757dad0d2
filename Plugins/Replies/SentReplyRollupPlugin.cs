using System.ComponentModel;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Application.Replies;
using SocialCrm.Plugins.Hosting;
using SocialCrm.Plugins.Registration;
using SocialCrm.Plugins.Stores;

namespace SocialCrm.Plugins.Replies;

/// <summary>
/// Counts a reply in its conversation once the worker records it as sent (see <see cref="SentReplyRollups"/>).
/// Registered on UpdateMultiple of scrm_mention, post-operation, synchronous, filtered on the send status and with the
/// row's image before the update: the merged pipeline runs it for the worker's single PATCH as well, inside the same
/// transaction, so a reply is never Sent without its conversation knowing.
/// </summary>
[PluginStep("UpdateMultiple", MentionTable.LogicalName, PluginStepStage.PostOperation, Mode = PluginStepMode.Synchronous, Rank = 1,
    FilteringAttributes = MentionTable.SendStatus, PreImage = SentReplyReader.ImageName, PreImageAttributes = SentReplyReader.ImageColumns,
    Description = "A reply turned Sent joins its conversation's figures: last outbound, first response, awaiting customer.")]
[DisplayName("Sent reply rollups")]
[Description("Rolls a reply the network accepted into its conversation: last outbound, first response time and the awaiting-customer status.")]
public sealed class SentReplyRollupPlugin : PluginBase
{
    public SentReplyRollupPlugin(string? unsecureConfiguration, string? secureConfiguration)
        : base(typeof(SentReplyRollupPlugin))
    {
    }

    protected override void ExecuteDataversePlugin(ILocalPluginContext context)
    {
        var sent = SentReplyReader.Read(context.PluginExecutionContext, context.UtcNow);
        if (sent.Count == 0)
        {
            return;
        }

        var written = new SentReplyRollups(new ConversationStore(context.PluginUserService)).Apply(sent);
        context.Trace($"{sent.Count} replies sent, rolled up into {written} conversations.");
    }
}
