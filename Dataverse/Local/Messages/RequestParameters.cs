using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SocialCrm.Dataverse.Local.Faults;
using SocialCrm.Dataverse.Local.Metadata;
using SocialCrm.Dataverse.Local.Pipeline;

namespace SocialCrm.Dataverse.Local.Messages;

/// <summary>Reads the parameters messages share (Target, Targets) with Dataverse's error for a missing or mistyped one.</summary>
internal static class RequestParameters
{
    public static T Required<T>(RequestContext context, string name)
        where T : class =>
        context.Request.Parameters.TryGetValue(name, out var value) && value is T typed
            ? typed
            : throw DataverseFault.InvalidArgument($"Required field '{name}' is missing or is not a {typeof(T).Name} for message {context.MessageName}.");

    /// <summary>Targets of a *Multiple request: all of one table, as Dataverse requires.</summary>
    public static (TableDefinition Table, IReadOnlyList<Entity> Targets) Targets(RequestContext context)
    {
        var collection = Required<EntityCollection>(context, "Targets");
        var targets = collection.Entities.ToList();
        var name = string.IsNullOrEmpty(collection.EntityName) ? targets.FirstOrDefault()?.LogicalName : collection.EntityName;
        if (targets.Count == 0 || name is null)
        {
            throw DataverseFault.InvalidArgument($"{context.MessageName} needs at least one entity in Targets.");
        }

        if (targets.Any(t => !string.Equals(t.LogicalName, name, StringComparison.OrdinalIgnoreCase)))
        {
            throw DataverseFault.InvalidArgument($"All entities in Targets of {context.MessageName} must be of the same table ({name}).");
        }

        return (context.References().Table(name), targets);
    }
}
