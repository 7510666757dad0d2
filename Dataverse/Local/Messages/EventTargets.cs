using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using SocialCrm.Dataverse.Local.Pipeline;
using SocialCrm.Dataverse.Local.Records;

namespace SocialCrm.Dataverse.Local.Messages;

/// <summary>
/// The Prepare the write and read messages share: find the table of Target or Targets, check the columns named exist,
/// give targets identified by alternate key their id where the message needs the row to exist, and list the rows the
/// request acts on for the steps.
/// </summary>
internal static class EventTargets
{
    /// <summary>Target is an Entity (Create, Update, Upsert).</summary>
    public static void FromEntity(RequestContext context, bool resolveKeys)
    {
        var target = RequestParameters.Required<Entity>(context, "Target");
        context.Table = context.References().Table(target.LogicalName);
        Add(context, new[] { target }, resolveKeys);
    }

    /// <summary>Targets is an EntityCollection of one table (CreateMultiple, UpdateMultiple, UpsertMultiple).</summary>
    public static void FromEntities(RequestContext context, bool resolveKeys)
    {
        var (table, targets) = RequestParameters.Targets(context);
        context.Table = table;
        context.IsMultiple = true;
        Add(context, targets, resolveKeys);
    }

    /// <summary>Target is an EntityReference to an existing row, by id or alternate key (Retrieve, Delete, Associate...).</summary>
    public static void FromReference(RequestContext context)
    {
        var target = RequestParameters.Required<EntityReference>(context, "Target");
        context.Table = context.References().Table(target.LogicalName);
        context.Items.Add(new EventItem(target, TargetIds.Resolve(context.References(), context.Table, target)));
    }

    private static void Add(RequestContext context, IReadOnlyList<Entity> targets, bool resolveKeys)
    {
        for (var i = 0; i < targets.Count; i++)
        {
            ValueValidator.Validate(context.Table!, targets[i], valuesToo: false);
        }

        if (resolveKeys)
        {
            TargetIds.Resolve(context.References(), context.Table!, targets);
        }

        for (var i = 0; i < targets.Count; i++)
        {
            context.Items.Add(new EventItem(targets[i], targets[i].Id));
        }
    }
}
