using System.ComponentModel;
using System.Linq;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Domain.Sentiment;
using SocialCrm.Plugins.Hosting;
using SocialCrm.Plugins.Registration;

namespace SocialCrm.Plugins.Mentions;

/// <summary>
/// Scores a mention again when its text changes after intake: an author's edit, which the worker applies as an Update
/// of description and subject (PATCH by alternate key with If-Match: *), or a correction made in the form. Registered
/// on UpdateMultiple of scrm_mention, pre-operation, synchronous, filtered on description: under the merged pipeline it
/// also runs for a single Update, and the new score is written in the same transaction as the text. A redelivery
/// (Upsert's update) keeps intake's text and score (<see cref="MentionRedelivery"/>) and is left alone; so is an update
/// that sets a score of its own. A removal is not an edit (<see cref="MentionRemovals"/>): a text it erases is not
/// scored, and the score goes with the text, since it judged words the author withdrew and X's terms require removing
/// (https://developer.x.com/en/developer-terms/agreement-and-policy). <see cref="MentionSentimentChangePlugin"/> then
/// moves the figures.
/// https://learn.microsoft.com/power-apps/developer/data-platform/write-plugin-multiple-operation
/// </summary>
[PluginStep("UpdateMultiple", MentionTable.LogicalName, PluginStepStage.PreOperation, Mode = PluginStepMode.Synchronous, Rank = 2,
    FilteringAttributes = MentionTable.Description,
    Description = "Scores the sentiment of a mention's new text when its text is edited (Update and UpdateMultiple, not redeliveries).")]
[DisplayName("Mention text edit")]
[Description("Scores the sentiment of a mention again when its text is edited, so the edited text is what its score says.")]
public sealed class MentionTextEditPlugin : PluginBase
{
    // Built once per plug-in instance (Dataverse caches instances) and never changed afterwards.
    private readonly SentimentScorer _scorer;

    public MentionTextEditPlugin(string? unsecureConfiguration, string? secureConfiguration)
        : base(typeof(MentionTextEditPlugin))
    {
        _scorer = new SentimentScorer(SentimentLexicon.CreateDefault());
    }

    protected override void ExecuteDataversePlugin(ILocalPluginContext context)
    {
        var execution = context.PluginExecutionContext;
        if (MentionRedelivery.IsRedelivery(execution))
        {
            return;
        }

        var withText = execution.TargetEntities().Where(target => target.Contains(MentionTable.Description)).ToList();
        // A removal is not an edit: the text it erases is not scored as empty ("Not scored") but takes its score with it.
        var erased = withText.Where(MentionRemovals.ErasesText).ToList();
        foreach (var target in erased)
        {
            SentimentColumns.Clear(target);
        }

        var edited = withText.Where(target => !MentionRemovals.IsRemoval(target) && !target.Contains(MentionTable.SentimentScore)).ToList();
        foreach (var target in edited)
        {
            SentimentColumns.Write(target, _scorer.Score(target.GetAttributeValue<string>(MentionTable.Description) ?? ""), SentimentScorer.SourceName);
        }

        context.Trace($"{edited.Count} edited mentions scored again, {erased.Count} erased by a removal lost their score.");
    }
}
