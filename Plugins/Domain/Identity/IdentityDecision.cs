using System;
using System.Collections.Generic;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.Plugins.Domain.Identity;

/// <summary>What intake does with the author of a mention: their profile, its contact, and whether they may escalate.</summary>
public sealed class IdentityDecision
{
    private readonly DeferredText _linkReason;

    public IdentityDecision(
        ProfileAction action,
        ProfileValues profile,
        IReadOnlyList<string> changedColumns,
        LinkOutcome link,
        Guid? contactId,
        LinkMethod linkMethod,
        int linkConfidence,
        DeferredText linkReason,
        NewContact? newContact,
        bool blocked)
    {
        Action = action;
        Profile = profile;
        ChangedColumns = changedColumns;
        Link = link;
        ContactId = contactId;
        LinkMethod = linkMethod;
        LinkConfidence = linkConfidence;
        _linkReason = linkReason;
        NewContact = newContact;
        Blocked = blocked;
    }

    public ProfileAction Action { get; }

    /// <summary>The profile's columns after intake.</summary>
    public ProfileValues Profile { get; }

    /// <summary>
    /// scrm_socialprofile columns to write (logical names): every set column for <see cref="ProfileAction.Create"/>,
    /// the changed ones for <see cref="ProfileAction.Update"/>, none for <see cref="ProfileAction.Unchanged"/>.
    /// </summary>
    public IReadOnlyList<string> ChangedColumns { get; }

    public LinkOutcome Link { get; }

    /// <summary>The profile's contact after intake; null when not linked or when the contact is still to be created.</summary>
    public Guid? ContactId { get; }

    /// <summary>scrm_linkmethod after intake.</summary>
    public LinkMethod LinkMethod { get; }

    /// <summary>scrm_linkconfidence after intake, 0..100.</summary>
    public int LinkConfidence { get; }

    /// <summary>Why the profile is (or is not) linked, for the trace and for agents.</summary>
    public string LinkReason => _linkReason.Value;

    /// <summary>The contact to create when <see cref="Link"/> is <see cref="LinkOutcome.CreateContact"/>.</summary>
    public NewContact? NewContact { get; }

    /// <summary>The profile is blocked: its mentions are stored but never escalate.</summary>
    public bool Blocked { get; }

    /// <summary>False for a blocked profile: escalation must not raise a case for its mentions.</summary>
    public bool MayEscalate => !Blocked;
}
