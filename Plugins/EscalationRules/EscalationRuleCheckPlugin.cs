using System.ComponentModel;
using Microsoft.Xrm.Sdk;
using SocialCrm.Plugins.Domain.Escalation;
using SocialCrm.Plugins.Hosting;
using SocialCrm.Plugins.Mentions;
using SocialCrm.Plugins.Registration;
using SocialCrm.Plugins.Schema;
using SocialCrm.Plugins.Stores;

namespace SocialCrm.Plugins.EscalationRules;

/// <summary>
/// Refuses an escalation rule that cannot work as written (no condition, a keyword list with no keyword, an unknown
/// network or placeholder...), when it is saved, with a message naming the column. An update is checked as the whole
/// rule it leaves behind. Registered on Create and Update of scrm_escalationrule, pre-operation, synchronous.
/// </summary>
[PluginStep("Create", EscalationRuleTable.LogicalName, PluginStepStage.PreOperation, Mode = PluginStepMode.Synchronous,
    Description = "Refuses an escalation rule that cannot work as written.")]
[PluginStep("Update", EscalationRuleTable.LogicalName, PluginStepStage.PreOperation, Mode = PluginStepMode.Synchronous,
    Description = "Refuses an escalation rule that cannot work as written.")]
[DisplayName("Escalation rule check")]
[Description("Refuses an escalation rule that cannot work as written when it is saved.")]
public sealed class EscalationRuleCheckPlugin : PluginBase
{
    public EscalationRuleCheckPlugin(string? unsecureConfiguration, string? secureConfiguration)
        : base(typeof(EscalationRuleCheckPlugin))
    {
    }

    protected override void ExecuteDataversePlugin(ILocalPluginContext context)
    {
        var store = new EscalationRuleStore(context.PluginUserService);
        var isUpdate = context.PluginExecutionContext.MessageName.StartsWith("Update", System.StringComparison.Ordinal);
        foreach (var target in context.PluginExecutionContext.TargetEntities())
        {
            var rule = isUpdate ? Overlay(store.Retrieve(target.Id), target) : target;
            try
            {
                EscalationRuleRow.Read(rule);
            }
            catch (InvalidEscalationRuleException invalid)
            {
                throw new InvalidPluginExecutionException(invalid.Message, invalid);
            }
        }
    }

    private static Entity Overlay(Entity stored, Entity changes)
    {
        foreach (var column in changes.Attributes)
        {
            stored[column.Key] = column.Value;
        }

        return stored;
    }
}
