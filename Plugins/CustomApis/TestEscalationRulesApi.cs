using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SocialCrm.Plugins.Application;
using SocialCrm.Plugins.Hosting;
using SocialCrm.Plugins.Registration;
using SocialCrm.Plugins.Schema;
using SocialCrm.Plugins.Stores;
using Api = SocialCrm.Plugins.Schema.CustomApis.TestEscalationRules;
using Mention = SocialCrm.Mentions.MentionTable;

namespace SocialCrm.Plugins.CustomApis;

/// <summary>
/// scrm_TestEscalationRules: which escalation rule would fire for a stored mention and why, creating nothing (see
/// <see cref="EscalationRuleTrial"/>). Admins try a rule on real posts before they switch it on.
/// </summary>
[CustomApi(Api.Name, "Test Escalation Rules", "Says which escalation rule would fire for a mention and why, creating nothing.", ExecutePrivilegeName = "prvReadscrm_EscalationRule")]
[CustomApiRequestParameter(Api.Mention, CustomApiFieldType.EntityReference, "Mention to try the rules on.", EntityLogicalName = Mention.LogicalName)]
[CustomApiResponseProperty(Api.WouldEscalate, CustomApiFieldType.Boolean, "Whether a rule would escalate the mention's conversation.")]
[CustomApiResponseProperty(Api.Rule, CustomApiFieldType.String, "The rule that would fire; empty when none would.")]
[CustomApiResponseProperty(Api.Reason, CustomApiFieldType.String, "Why: what the rule matched, or why nothing would happen.")]
[CustomApiResponseProperty(Api.CaseTitle, CustomApiFieldType.String, "Title of the case the rule would open; empty when it opens none.")]
public sealed class TestEscalationRulesApi : PluginBase
{
    public TestEscalationRulesApi(string? unsecureConfiguration, string? secureConfiguration)
        : base(typeof(TestEscalationRulesApi))
    {
    }

    protected override void ExecuteDataversePlugin(ILocalPluginContext context)
    {
        var execution = context.PluginExecutionContext;
        var mentionId = execution.InputParameters.RequiredReference(Api.Mention, Mention.LogicalName);
        var service = context.PluginUserService;
        var mention = WrittenMention.From(0, service.Retrieve(Mention.LogicalName, mentionId, new ColumnSet(WrittenMention.Columns)))
            ?? throw new InvalidPluginExecutionException($"{Mention.LogicalName} {mentionId} has no conversation, posting time or platform: intake never accepted it.");

        var trial = new EscalationRuleTrial(DataverseStores.For(service), OperationSettings.Read(context));
        var decision = trial.Try(mention);
        context.Trace(trial.Summary);

        execution.OutputParameters[Api.WouldEscalate] = decision.Escalate;
        execution.OutputParameters[Api.Rule] = decision.RuleName ?? string.Empty;
        execution.OutputParameters[Api.Reason] = decision.Reason;
        execution.OutputParameters[Api.CaseTitle] = decision.Case?.Title ?? string.Empty;
    }
}
