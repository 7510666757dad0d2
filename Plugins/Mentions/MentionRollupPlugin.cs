using System.ComponentModel;
using System.Linq;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Application;
using SocialCrm.Plugins.Hosting;
using SocialCrm.Plugins.Registration;
using SocialCrm.Plugins.Schema;
using SocialCrm.Plugins.Stores;

namespace SocialCrm.Plugins.Mentions;

/// <summary>
/// Rollups and escalation after new mentions are written (see <see cref="MentionRollups"/>), inside the same transaction
/// so figures and cases never disagree with the mentions. It starts from what intake handed over in the shared variables
/// (<see cref="RollupBaselineVariables"/>), so it reads nothing again. Registered on CreateMultiple of scrm_mention,
/// post-operation, synchronous: like <see cref="MentionIntakePlugin"/> it runs once per new mention whichever of
/// Create, CreateMultiple, Upsert or UpsertMultiple wrote it, and never for a redelivery that updates a stored post, so
/// a post is counted once.
/// </summary>
[PluginStep("CreateMultiple", MentionTable.LogicalName, PluginStepStage.PostOperation, Mode = PluginStepMode.Synchronous, Rank = 1,
    Description = "Rollups and escalation after the write, in the same transaction.")]
[DisplayName("Mention rollups and escalation")]
[Description("Rolls up conversation and profile figures after mentions are written and escalates a conversation to a case when the rules say so.")]
public sealed class MentionRollupPlugin : PluginBase
{
    public MentionRollupPlugin(string? unsecureConfiguration, string? secureConfiguration)
        : base(typeof(MentionRollupPlugin))
    {
    }

    protected override void ExecuteDataversePlugin(ILocalPluginContext context)
    {
        var mentions = context.PluginExecutionContext.TargetEntities().Select((target, index) => WrittenMention.From(index, target))
            .Where(mention => mention != null)
            .Select(mention => mention!)
            .ToList();
        var service = context.PluginUserService;
        var rollups = new MentionRollups(DataverseStores.For(service), OperationSettings.Read(context), context.UtcNow);
        rollups.Apply(mentions, RollupBaselineVariables.Read(context.PluginExecutionContext));
        context.Trace(rollups.Summary);
    }
}
