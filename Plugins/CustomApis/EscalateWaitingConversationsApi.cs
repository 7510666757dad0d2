using SocialCrm.Plugins.Application;
using SocialCrm.Plugins.Hosting;
using SocialCrm.Plugins.Registration;
using SocialCrm.Plugins.Stores;
using Api = SocialCrm.Plugins.Schema.CustomApis.EscalateWaitingConversations;

namespace SocialCrm.Plugins.CustomApis;

/// <summary>
/// scrm_EscalateWaitingConversations: escalates the open conversations whose customer has waited too long for a reply,
/// by the active rules with a "no reply within N hours" condition (see <see cref="WaitingConversationEscalation"/>). The
/// worker's scheduler calls it every few minutes; it is safe to call again, as a conversation escalates once per wait.
/// </summary>
[CustomApi(Api.Name, "Escalate Waiting Conversations", "Escalates the conversations whose customer got no reply within a rule's hours.", ExecutePrivilegeName = "prvCreateIncident")]
[CustomApiResponseProperty(Api.Waiting, CustomApiFieldType.Integer, "Open conversations whose customer waited past the shortest rule's hours with no reply.")]
[CustomApiResponseProperty(Api.Escalated, CustomApiFieldType.Integer, "How many of them a rule escalated in this call.")]
public sealed class EscalateWaitingConversationsApi : PluginBase
{
    public EscalateWaitingConversationsApi(string? unsecureConfiguration, string? secureConfiguration)
        : base(typeof(EscalateWaitingConversationsApi))
    {
    }

    protected override void ExecuteDataversePlugin(ILocalPluginContext context)
    {
        var stores = DataverseStores.For(context.PluginUserService);
        var result = new WaitingConversationEscalation(stores, OperationSettings.Read(context).FallbackCaseAccountId, context.UtcNow).EscalateWaiting();
        context.Trace($"{result.Waiting} conversations waited past a rule's hours; {result.Escalated} escalated.");
        context.PluginExecutionContext.OutputParameters[Api.Waiting] = result.Waiting;
        context.PluginExecutionContext.OutputParameters[Api.Escalated] = result.Escalated;
    }
}
