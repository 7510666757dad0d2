using System.ComponentModel;
using System.Linq;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Application;
using SocialCrm.Plugins.Hosting;
using SocialCrm.Plugins.Registration;
using SocialCrm.Plugins.Stores;

namespace SocialCrm.Plugins.Mentions;

/// <summary>
/// Makes conversation and profile figures follow a stored mention's changed score (see <see cref="SentimentChangeRollups"/>):
/// after <see cref="MentionTextEditPlugin"/> scored an edit again or cleared the score of a text a removal erased.
/// Registered on UpdateMultiple of scrm_mention, post-operation, synchronous, filtered on the text and score columns,
/// with each row's image before and after the update: under the merged pipeline it also runs for the worker's single
/// PATCH, inside the same transaction, so figures never disagree with the mentions. UpdateMultiple steps get one image
/// collection per target (https://learn.microsoft.com/power-apps/developer/data-platform/write-plugin-multiple-operation#entity-images).
/// </summary>
[PluginStep("UpdateMultiple", MentionTable.LogicalName, PluginStepStage.PostOperation, Mode = PluginStepMode.Synchronous, Rank = 2,
    FilteringAttributes = SentimentChangeReader.ChangingColumns,
    PreImage = SentimentChangeReader.BeforeImage, PreImageAttributes = SentimentChangeReader.BeforeColumns,
    PostImage = SentimentChangeReader.AfterImage, PostImageAttributes = SentimentChangeReader.AfterColumns,
    Description = "A stored mention's changed score (an edit scored again, a text erased) moves its conversation's and author's figures, and may escalate.")]
[DisplayName("Mention sentiment change rollups")]
[Description("Recomputes the sentiment figures of a mention's conversation and author profile when its score changes after intake (an edit, a deleted text), and escalates as intake would.")]
public sealed class MentionSentimentChangePlugin : PluginBase
{
    public MentionSentimentChangePlugin(string? unsecureConfiguration, string? secureConfiguration)
        : base(typeof(MentionSentimentChangePlugin))
    {
    }

    protected override void ExecuteDataversePlugin(ILocalPluginContext context)
    {
        var changes = SentimentChangeReader.Read(context.PluginExecutionContext);
        // The same edit again, a redelivery or a hide leaves every counted score as it was: not even the settings are read.
        if (!changes.Any(change => change.Changed))
        {
            context.Trace($"{changes.Count} updated mentions, no counted score changed.");
            return;
        }

        var rollups = new SentimentChangeRollups(DataverseStores.For(context.PluginUserService), OperationSettings.Read(context), context.UtcNow);
        rollups.Apply(changes);
        context.Trace(rollups.Summary);
    }
}
