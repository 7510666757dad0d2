using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace SocialCrm.Dataverse.Local.Service;

/// <summary>
/// Deep copies of the SDK's mutable objects, as crossing the wire to Dataverse makes them: a request entering the
/// service, an image cut from a row, the context an asynchronous job keeps. The copy shares nothing the original's owner
/// could change later (entities, references, collections); immutable values (strings, numbers, Guids) are shared.
/// Each copied collection is sized once from its source.
/// </summary>
internal static class SdkCloner
{
    public static OrganizationRequest Clone(OrganizationRequest request)
    {
        var copy = request.GetType() == typeof(OrganizationRequest)
            ? new OrganizationRequest()
            : (OrganizationRequest)Activator.CreateInstance(request.GetType())!;
        copy.RequestName = request.RequestName;
        copy.RequestId = request.RequestId;
        copy.Parameters.Clear();
        CopyParameters(request.Parameters, copy.Parameters);
        return copy;
    }

    public static ParameterCollection Clone(ParameterCollection parameters)
    {
        var copy = new ParameterCollection();
        CopyParameters(parameters, copy);
        return copy;
    }

    public static EntityImageCollection Clone(EntityImageCollection images)
    {
        var copy = new EntityImageCollection();
        copy.EnsureCapacity(images.Count);
        foreach (var (name, image) in images.Unboxed)
        {
            copy.Add(name, Clone(image));
        }

        return copy;
    }

    /// <summary>A copy of the entity with the columns <paramref name="keep"/> accepts (all when null).</summary>
    public static Entity Clone(Entity entity, Func<string, bool>? keep = null) => Clone(entity, keep, room: 0);

    /// <summary>
    /// A copy of a request's target, with room for the columns the platform adds to it: its primary key (a Create's
    /// target gets it before the post-operation stage) and the alternate key's columns (an Upsert that creates).
    /// </summary>
    public static Entity CloneTarget(Entity entity) => Clone(entity, keep: null, room: entity.KeyAttributes.Count + 1);

    public static EntityReference Clone(EntityReference reference)
    {
        var copy = new EntityReference(reference.LogicalName, reference.Id) { Name = reference.Name, RowVersion = reference.RowVersion };
        if (reference.KeyAttributes.Count > 0)
        {
            CopyKeys(reference.KeyAttributes, copy.KeyAttributes);
        }

        return copy;
    }

    private static Entity Clone(Entity entity, Func<string, bool>? keep, int room)
    {
        var copy = new Entity(entity.LogicalName, entity.Id) { RowVersion = entity.RowVersion };
        var from = entity.Attributes;
        var to = copy.Attributes;
        to.EnsureCapacity((keep is null ? from.Count : Kept(from, keep)) + room);
        foreach (var (name, value) in from.Unboxed)
        {
            if (keep is null || keep(name))
            {
                to.Add(name, CloneValue(value));
            }
        }

        // Most rows are named by id alone: the copy's key collection is made only when there are keys.
        if (entity.KeyAttributes.Count > 0)
        {
            CopyKeys(entity.KeyAttributes, copy.KeyAttributes);
        }

        return copy;
    }

    private static int Kept(AttributeCollection attributes, Func<string, bool> keep)
    {
        var kept = 0;
        foreach (var (name, _) in attributes.Unboxed)
        {
            kept += keep(name) ? 1 : 0;
        }

        return kept;
    }

    private static void CopyKeys(KeyAttributeCollection from, KeyAttributeCollection to)
    {
        to.EnsureCapacity(from.Count);
        foreach (var (name, value) in from.Unboxed)
        {
            to.Add(name, value);
        }
    }

    private static void CopyParameters(ParameterCollection from, ParameterCollection to)
    {
        to.EnsureCapacity(from.Count);
        foreach (var (name, value) in from.Unboxed)
        {
            to[name] = CloneValue(value);
        }
    }

    private static object? CloneValue(object? value) => value switch
    {
        Entity entity => CloneTarget(entity),
        EntityReference reference => Clone(reference),
        EntityCollection collection => new EntityCollection(CloneTargets(collection.Entities)) { EntityName = collection.EntityName },
        EntityReferenceCollection references => new EntityReferenceCollection(Clone(references)),
        OrganizationRequestCollection requests => Clone(requests),
        _ => value,
    };

    private static List<Entity> CloneTargets(DataCollection<Entity> entities)
    {
        var copy = new List<Entity>(entities.Count);
        foreach (var entity in entities)
        {
            copy.Add(CloneTarget(entity));
        }

        return copy;
    }

    private static List<EntityReference> Clone(EntityReferenceCollection references)
    {
        var copy = new List<EntityReference>(references.Count);
        foreach (var reference in references)
        {
            copy.Add(Clone(reference));
        }

        return copy;
    }

    private static OrganizationRequestCollection Clone(OrganizationRequestCollection requests)
    {
        var copy = new OrganizationRequestCollection();
        foreach (var request in requests)
        {
            copy.Add(Clone(request));
        }

        return copy;
    }
}
