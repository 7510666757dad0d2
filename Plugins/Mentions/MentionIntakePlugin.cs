using System.ComponentModel;
using System.Linq;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Application;
using SocialCrm.Plugins.Hosting;
using SocialCrm.Plugins.Registration;
using SocialCrm.Plugins.Replies;
using SocialCrm.Plugins.Schema;
using SocialCrm.Plugins.Domain.Sentiment;
using SocialCrm.Plugins.Stores;

namespace SocialCrm.Plugins.Mentions;

/// <summary>
/// Mention intake, before the mention is written and inside its transaction (see <see cref="MentionIntake"/>).
/// Registered on CreateMultiple of scrm_mention, pre-operation, synchronous. Under the merged pipeline a step on
/// CreateMultiple also runs for a single Create (with Targets holding that one mention), and Upsert and UpsertMultiple
/// create new rows through Create/CreateMultiple, so every new mention passes here exactly once, however it was sent.
/// A redelivered post that already exists takes Upsert's Update path instead and never comes here.
/// https://learn.microsoft.com/power-apps/developer/data-platform/write-plugin-multiple-operation
/// https://learn.microsoft.com/power-apps/developer/data-platform/bulk-operations#message-pipelines-merged
/// https://learn.microsoft.com/power-apps/developer/data-platform/use-upsert-insert-update-record#understand-the-upsert-process-for-standard-tables
/// </summary>
[PluginStep("CreateMultiple", MentionTable.LogicalName, PluginStepStage.PreOperation, Mode = PluginStepMode.Synchronous, Rank = 1,
    Description = "Mention intake, in the transaction before the write. CreateMultiple: the merged pipeline also runs it for Create, Upsert and UpsertMultiple creates.")]
[DisplayName("Mention intake")]
[Description("Validates, normalises and scores each incoming mention, resolves its author and threads it into a conversation, before the write.")]
public sealed class MentionIntakePlugin : PluginBase
{
    // Built once per plug-in instance (Dataverse caches instances) and never changed afterwards.
    private readonly SentimentScorer _scorer;

    public MentionIntakePlugin(string? unsecureConfiguration, string? secureConfiguration)
        : base(typeof(MentionIntakePlugin))
    {
        _scorer = new SentimentScorer(SentimentLexicon.CreateDefault());
    }

    protected override void ExecuteDataversePlugin(ILocalPluginContext context)
    {
        var service = context.PluginUserService;
        // Replies composed in Dataverse have no post yet: ReplyCompositionPlugin handles them.
        var targets = context.PluginExecutionContext.TargetEntities().Where(target => !ComposedReplyReader.IsComposedReply(target)).ToList();
        if (targets.Count == 0)
        {
            return;
        }

        var intake = new MentionIntake(DataverseStores.For(service), OperationSettings.Read(context), _scorer, context.UtcNow);
        var results = intake.Prepare(new TargetMentions(targets), targets.Select(DeliveredSentiment.From).ToList());
        IntakeResultWriter.Write(targets, results);

        context.Trace(intake.Summary);
    }
}
