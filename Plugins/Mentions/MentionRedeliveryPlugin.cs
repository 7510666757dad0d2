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
/// Keeps intake's work when a stored post is delivered again (see <see cref="MentionRedelivery"/>). Registered on
/// UpdateMultiple of scrm_mention, pre-operation, synchronous, filtered on intake's columns: under the merged pipeline
/// it also runs for a single Update, so Upsert and UpsertMultiple redeliveries both pass here. Updates that do not
/// come from an Upsert (an agent editing a draft reply) are left alone. The redelivered authors refresh their profiles
/// first (<see cref="RedeliveredAuthors"/>), so what a post says of its author is never stripped unheard.
/// </summary>
[PluginStep("UpdateMultiple", MentionTable.LogicalName, PluginStepStage.PreOperation, Mode = PluginStepMode.Synchronous, Rank = 1,
    FilteringAttributes = MentionRedelivery.IntakeColumns,
    Description = "Keeps intake's columns when a stored post is delivered again (Upsert and UpsertMultiple updates).")]
[DisplayName("Mention redelivery")]
[Description("Keeps what intake stored when the same post is delivered again (Upsert).")]
public sealed class MentionRedeliveryPlugin : PluginBase
{
    public MentionRedeliveryPlugin(string? unsecureConfiguration, string? secureConfiguration)
        : base(typeof(MentionRedeliveryPlugin))
    {
    }

    protected override void ExecuteDataversePlugin(ILocalPluginContext context)
    {
        var execution = context.PluginExecutionContext;
        if (!MentionRedelivery.IsRedelivery(execution))
        {
            return;
        }

        var targets = execution.TargetEntities();
        var authors = new RedeliveredAuthors(DataverseStores.For(context.PluginUserService), OperationSettings.Read(context).AutoCreateContacts);
        var refreshed = authors.Refresh(targets.Select(IncomingMentionReader.Read).ToList());
        var kept = targets.Sum(MentionRedelivery.KeepIntake);
        context.Trace($"{targets.Count} redelivered mentions: {refreshed} author profiles refreshed, {kept} columns kept as intake stored them.");
    }
}
