using System;
using Microsoft.Xrm.Sdk;

namespace SocialCrm.Dataverse.Local.Pipeline;

/// <summary>
/// One row a request acts on: the Target (or one of the Targets) with its id, and the snapshots images are cut from.
/// A *Multiple request has one item per target, in the order of Targets.
/// </summary>
internal sealed class EventItem
{
    public EventItem(object target, Guid id)
    {
        Target = target;
        Id = id;
    }

    /// <summary>The Entity or EntityReference of the request, shared with the plug-ins' InputParameters.</summary>
    public object Target { get; }

    public Guid Id { get; set; }

    /// <summary>The row before the main operation (all columns), when a step asks for a pre-image.</summary>
    public Entity? Before { get; set; }

    /// <summary>The row after the main operation (all columns), when a step asks for a post-image.</summary>
    public Entity? After { get; set; }
}
