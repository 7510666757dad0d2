using System;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Domain.Identity;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.Plugins.Domain.Escalation;

/// <summary>The incident an escalation opens: title, description, priority, origin, type, customer and where it goes.</summary>
public sealed class CaseToOpen
{
    private readonly DeferredText _title;
    private readonly DeferredText _description;

    /// <param name="title">The title, written when first read (only a case that opens reads it).</param>
    /// <param name="description">The description, written when first read.</param>
    public CaseToOpen(
        DeferredText title,
        DeferredText description,
        CasePriority priority,
        CaseOrigin origin,
        Guid? customerContactId,
        Guid? customerAccountId,
        CaseType? caseType = null,
        CaseRouting? routing = null,
        NoContactAction noContact = NoContactAction.FallbackCustomer,
        NewContact? contactToCreate = null,
        Guid? authorProfileId = null)
    {
        NoContact = noContact;
        AuthorProfileId = authorProfileId;
        ContactToCreate = customerContactId.HasValue || !authorProfileId.HasValue ? null : contactToCreate;
        CaseType = caseType;
        Routing = routing ?? CaseRouting.None;
        _title = title;
        _description = description;
        Priority = priority;
        Origin = origin;
        CustomerContactId = customerContactId;
        CustomerAccountId = customerContactId.HasValue || noContact != NoContactAction.FallbackCustomer ? null : customerAccountId;
    }

    /// <summary>incident title, within its length.</summary>
    public string Title => _title.Value;

    /// <summary>incident description: the reason, then the mention; within its length.</summary>
    public string Description => _description.Value;

    /// <summary>incident prioritycode.</summary>
    public CasePriority Priority { get; }

    /// <summary>incident caseorigincode.</summary>
    public CaseOrigin Origin { get; }

    /// <summary>incident casetypecode; null leaves it empty.</summary>
    public CaseType? CaseType { get; }

    /// <summary>The queue the case is added to and the team that owns it.</summary>
    public CaseRouting Routing { get; }

    /// <summary>What happens when there is no contact.</summary>
    public NoContactAction NoContact { get; }

    /// <summary>
    /// With <see cref="NoContactAction.CreateContact"/> and no contact: the contact to create from the author's profile;
    /// null when the profile has no name or e-mail to make one from (or there is no profile).
    /// </summary>
    public NewContact? ContactToCreate { get; }

    /// <summary>The author's profile, which a contact created for them is linked to.</summary>
    public Guid? AuthorProfileId { get; }

    /// <summary>The case's customer when the author's profile has a contact.</summary>
    public Guid? CustomerContactId { get; }

    /// <summary>The case's customer when there's no contact and the rule falls back: scrm_FallbackCaseAccountId.</summary>
    public Guid? CustomerAccountId { get; }

    /// <summary>
    /// False without a contact or a fallback account: incident requires a customer, so no case can be created; the
    /// caller records the reason on the conversation and reports the missing setting.
    /// </summary>
    public bool HasCustomer => CustomerContactId.HasValue || CustomerAccountId.HasValue;

    /// <summary>The same case with a contact as its customer (one created for the author).</summary>
    public CaseToOpen WithCustomer(Guid contactId) =>
        new CaseToOpen(_title, _description, Priority, Origin, contactId, null, CaseType, Routing, NoContact);

    /// <summary>
    /// incident casetypecode (standard values Question 1, Problem 2, Request 3) for a rule's case type.
    /// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/incident#BKMK_CaseTypeCode
    /// </summary>
    public static int CaseTypeCodeOf(CaseType type) =>
        type == Schema.CaseType.Question ? 1
        : type == Schema.CaseType.Problem ? 2
        : 3;

    /// <summary>incident caseorigincode for a network: only X and Facebook have their own origin.</summary>
    public static CaseOrigin OriginOf(SocialPlatform platform) =>
        platform == SocialPlatform.X ? CaseOrigin.Twitter
        : platform == SocialPlatform.Facebook ? CaseOrigin.Facebook
        : CaseOrigin.Web;

    /// <summary>The case priority for a conversation priority: incident has no Urgent, so Urgent opens a High case.</summary>
    public static CasePriority PriorityOf(ConversationPriority priority) =>
        priority == ConversationPriority.Low ? CasePriority.Low
        : priority == ConversationPriority.Normal ? CasePriority.Normal
        : CasePriority.High;
}
