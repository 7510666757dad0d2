using System;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.Plugins.Domain.Identity;

/// <summary>What <see cref="ContactLinker"/> decided about a profile's contact.</summary>
internal sealed class LinkChoice
{
    public LinkChoice(LinkOutcome outcome, Guid? contactId, LinkMethod method, int confidence, DeferredText reason, NewContact? newContact = null)
    {
        Outcome = outcome;
        ContactId = contactId;
        Method = method;
        Confidence = confidence;
        Reason = reason;
        NewContact = newContact;
    }

    public LinkOutcome Outcome { get; }

    public Guid? ContactId { get; }

    public LinkMethod Method { get; }

    public int Confidence { get; }

    /// <summary>Why, for the trace: written when read.</summary>
    public DeferredText Reason { get; }

    public NewContact? NewContact { get; }

    public static LinkChoice NotLinked(DeferredText reason) =>
        new LinkChoice(LinkOutcome.NotLinked, null, LinkMethod.NotLinked, 0, reason);
}
