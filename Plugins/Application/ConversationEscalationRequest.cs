using System;
using Microsoft.Xrm.Sdk;
using SocialCrm.Plugins.Domain.Settings;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.Plugins.Application;

/// <summary>
/// An escalation someone asks for (the EscalateConversation Custom API), through the same
/// <see cref="ConversationEscalation"/> as automatic escalation. A conversation with an active case keeps it; a
/// resolved or cancelled case does not stop a new one; a case needs a customer (the contact, else the fallback account).
/// </summary>
public sealed class ConversationEscalationRequest
{
    private readonly IConversationStore _conversations;
    private readonly ConversationEscalation _escalation;
    private readonly SocialCrmSettings _settings;

    public ConversationEscalationRequest(SocialCrmStores stores, SocialCrmSettings settings, DateTime utcNow)
    {
        _conversations = stores.Conversations;
        _escalation = new ConversationEscalation(stores, utcNow);
        _settings = settings;
    }

    /// <summary>The conversation's case, and whether this request created it.</summary>
    /// <exception cref="InvalidPluginExecutionException">The conversation does not exist, or a case would have no customer.</exception>
    public EscalatedCase Escalate(Guid conversationId, string? reason)
    {
        if (!_conversations.FindByIds(new[] { conversationId }).TryGetValue(conversationId, out var conversation))
        {
            throw new InvalidPluginExecutionException($"{ConversationTable.LogicalName} {conversationId} does not exist.");
        }

        if (conversation.CaseIsOpen && conversation.CaseId.HasValue)
        {
            return new EscalatedCase(conversation.CaseId.Value, created: false);
        }

        var decision = ManualEscalation.Decide(conversation, reason, _settings.FallbackCaseAccountId);
        if (!decision.HasCustomer)
        {
            throw new InvalidPluginExecutionException(
                $"{ConversationTable.LogicalName} {conversationId} has no contact and {EnvironmentVariables.FallbackCaseAccountId} is not set: " +
                "a case needs a customer. Link the author's profile to a contact, or set the fallback account.");
        }

        var escalation = _escalation.Escalate(decision, conversationId);
        _conversations.WriteEscalation(conversationId, escalation);
        return new EscalatedCase(escalation.CaseId ?? throw new InvalidOperationException("An escalation with a customer opens a case."), created: true);
    }
}
