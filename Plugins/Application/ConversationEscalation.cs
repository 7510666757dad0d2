using System;
using System.Collections.Generic;
using SocialCrm.Plugins.Domain;
using SocialCrm.Plugins.Domain.Escalation;
using SocialCrm.Plugins.Domain.Identity;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.Plugins.Application;

/// <summary>
/// Carries out an escalation decision and says what the conversation records, including what could not be done: a
/// rule that only raises the priority records it; a case opens on the author's contact; for a person with no contact
/// the rule's <see cref="NoContactAction"/> decides (a case on the fallback account, the conversation queued for
/// triage, or a contact created from the profile). Whatever could not be carried out is recorded as
/// <see cref="EscalationOutcome.NotCarriedOut"/> with the reason, at High priority, for an agent to act on: never
/// only a flag. Mention intake, the rollups of a changed score and the EscalateConversation Custom API escalate through it.
/// </summary>
public sealed class ConversationEscalation
{
    private readonly SocialCrmStores _stores;
    private readonly DateTime _utcNow;

    // Contacts created in this execution, by profile, so a person escalated in two conversations of a batch gets one.
    private readonly Dictionary<Guid, Guid> _createdContacts = new Dictionary<Guid, Guid>();

    public ConversationEscalation(SocialCrmStores stores, DateTime utcNow)
    {
        _stores = stores;
        _utcNow = utcNow;
    }

    /// <summary>Carries out <paramref name="decision"/> (which must escalate) for the conversation <paramref name="conversationId"/>.</summary>
    public EscalationRecord Escalate(EscalationDecision decision, Guid conversationId)
    {
        var followUps = new ConversationFollowUps();
        var record = Escalate(decision, followUps);
        followUps.Apply(_stores.Conversations, conversationId);
        return record;
    }

    /// <summary>
    /// Carries out <paramref name="decision"/> (which must escalate) but for what it does to the conversation's row (a
    /// contact it moves to, a queue it joins): that waits in <paramref name="followUps"/>, for a conversation not written yet.
    /// </summary>
    public EscalationRecord Escalate(EscalationDecision decision, ConversationFollowUps followUps)
    {
        if (!decision.Escalate)
        {
            throw new ArgumentException("The decision does not escalate.", nameof(decision));
        }

        if (decision.Action == EscalationAction.RaisePriority || decision.Case == null)
        {
            return Record(EscalationOutcome.PriorityRaised, null, decision.ReasonText, decision.Priority, decision);
        }

        var toOpen = decision.Case;
        if (toOpen.HasCustomer)
        {
            return Record(EscalationOutcome.CaseOpened, _stores.Cases.Open(decision), decision.ReasonText, decision.Priority, decision);
        }

        switch (toOpen.NoContact)
        {
            case NoContactAction.QueueForTriage:
                followUps.AddToQueue(toOpen.Routing.QueueId!.Value);
                return Record(EscalationOutcome.QueuedForTriage, null,
                    new DeferredText(decision, static decision => "Queued for triage: the author has no contact. " + ((EscalationDecision)decision).Reason),
                    ConversationPriority.High, decision);
            case NoContactAction.CreateContact when toOpen.ContactToCreate != null:
                var contactId = ContactFor(toOpen.AuthorProfileId!.Value, toOpen.ContactToCreate, followUps);
                var withContact = decision.WithCase(toOpen.WithCustomer(contactId));
                return Record(EscalationOutcome.CaseOpened, _stores.Cases.Open(withContact), decision.ReasonText, decision.Priority, decision);
            case NoContactAction.CreateContact:
                return NotCarriedOut(decision, static decision =>
                    "No case raised: the author has no contact and their profile has no name or e-mail to create one from. " + ((EscalationDecision)decision).Reason);
            default:
                return NotCarriedOut(decision, static decision =>
                    $"No case raised: the author has no contact and {EnvironmentVariables.FallbackCaseAccountId} is not set. {((EscalationDecision)decision).Reason}");
        }
    }

    private Guid ContactFor(Guid profileId, NewContact contact, ConversationFollowUps followUps)
    {
        if (!_createdContacts.TryGetValue(profileId, out var contactId))
        {
            contactId = _stores.Contacts.Create(contact);
            _stores.Profiles.Link(profileId, contactId, LinkMethod.CreatedContact, IdentityResolver.CreatedContactConfidence);
            _createdContacts[profileId] = contactId;
        }

        followUps.MoveToContact(contactId);
        return contactId;
    }

    // The reason is made from the decision when read: a lambda that captures nothing, rather than a closure per escalation.
    private EscalationRecord NotCarriedOut(EscalationDecision decision, Func<object, string> reason) =>
        Record(EscalationOutcome.NotCarriedOut, null, new DeferredText(decision, reason), ConversationPriority.High, decision);

    private EscalationRecord Record(EscalationOutcome outcome, Guid? caseId, DeferredText reason, ConversationPriority? priority, EscalationDecision decision) =>
        new EscalationRecord(outcome, caseId, _utcNow, reason, priority, decision.RuleId);
}
