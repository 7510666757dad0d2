using Microsoft.Xrm.Sdk;
using SocialCrm.Plugins.Application;
using SocialCrm.Plugins.Hosting;
using SocialCrm.Plugins.Registration;
using SocialCrm.Plugins.Schema;
using SocialCrm.Plugins.Stores;
using Api = SocialCrm.Plugins.Schema.CustomApis.EscalateConversation;

namespace SocialCrm.Plugins.CustomApis;

/// <summary>
/// scrm_EscalateConversation: raises a case for a conversation on request (see <see cref="ConversationEscalationRequest"/>).
/// A conversation with an active case keeps it: the API returns that case with Created false.
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
        var request = new ConversationEscalationRequest(DataverseStores.For(service), OperationSettings.Read(context), context.UtcNow);
        var escalated = request.Escalate(conversationId, execution.InputParameters.Optional<string>(Api.Reason));
        execution.OutputParameters[Api.Case] = new EntityReference(StandardTables.Incident.LogicalName, escalated.CaseId);
        execution.OutputParameters[Api.Created] = escalated.Created;
    }
}
