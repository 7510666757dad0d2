using Microsoft.Xrm.Sdk;
using SocialCrm.Plugins.Conversations;
using SocialCrm.Plugins.Hosting;
using SocialCrm.Plugins.Registration;
using SocialCrm.Plugins.Schema;
using SocialCrm.Plugins.Stores;
using Api = SocialCrm.Plugins.Schema.CustomApis.EscalateConversation;

namespace SocialCrm.Plugins.CustomApis;

/// <summary>
/// scrm_EscalateConversation: raises a case for a conversation on request, through the same
/// <see cref="ConversationEscalation"/> as automatic escalation. A conversation with an active case keeps it: the API
/// returns that case with Created false; a resolved or cancelled case does not stop a new one.
/// </summary>
[CustomApi(Api.Name, "Escalate Conversation", "Escalates a conversation to a case, or returns the open case it already has.", ExecutePrivilegeName = "prvCreateIncident")]
[CustomApiRequestParameter(Api.Conversation, CustomApiFieldType.EntityReference, "Conversation to escalate.", EntityLogicalName = ConversationTable.LogicalName)]
[CustomApiRequestParameter(Api.Reason, CustomApiFieldType.String, "Why it is escalated.", IsOptional = true)]
[CustomApiResponseProperty(Api.Case, CustomApiFieldType.EntityReference, "The conversation's case.", EntityLogicalName = StandardTables.Incident.LogicalName)]
[CustomApiResponseProperty(Api.Created, CustomApiFieldType.Boolean, "Whether the case was created by this call.")]
public sealed class EscalateConversationApi : PluginBase
{
    public EscalateConversationApi(string? unsecureConfiguration, string? secureConfiguration)
        : base(typeof(EscalateConversationApi))
    {
    }

    protected override void ExecuteDataversePlugin(ILocalPluginContext context)
    {
        var execution = context.PluginExecutionContext;
        var conversationId = execution.InputParameters.RequiredReference(Api.Conversation, ConversationTable.LogicalName);
        var service = context.PluginUserService;
        var conversations = new ConversationStore(service);
        if (!conversations.FindByIds(new[] { conversationId }).TryGetValue(conversationId, out var conversation))
        {
            throw new InvalidPluginExecutionException($"{ConversationTable.LogicalName} {conversationId} does not exist.");
        }

        if (conversation.CaseIsOpen)
        {
            SetOutputs(execution, conversation.CaseId!.Value, created: false);
            return;
        }

        var settings = new EnvironmentVariableStore(service).ReadSettings();
        var decision = ManualEscalation.Decide(conversation, execution.InputParameters.Optional<string>(Api.Reason), settings.FallbackCaseAccountId);
        if (!decision.HasCustomer)
        {
            throw new InvalidPluginExecutionException(
                $"{ConversationTable.LogicalName} {conversationId} has no contact and {EnvironmentVariables.FallbackCaseAccountId} is not set: " +
                "a case needs a customer. Link the author's profile to a contact, or set the fallback account.");
        }

        var escalation = new ConversationEscalation(new CaseStore(service), context.UtcNow).Escalate(decision);
        conversations.WriteEscalation(conversationId, escalation);
        SetOutputs(execution, escalation.CaseId!.Value, created: true);
    }

    private static void SetOutputs(IPluginExecutionContext execution, System.Guid caseId, bool created)
    {
        execution.OutputParameters[Api.Case] = new EntityReference(StandardTables.Incident.LogicalName, caseId);
        execution.OutputParameters[Api.Created] = created;
    }
}
