using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SocialCrm.Dataverse.Local.Records;

namespace SocialCrm.Dataverse.Local.Service;

/// <summary>
/// Deep copies of the SDK's mutable objects, as crossing the wire to Dataverse makes them: a request entering the
/// service, an image cut from a row, the context an asynchronous job keeps. The copy shares nothing the original's owner
/// could change later (entities, references, collections); immutable values (strings, numbers, Guids) are shared.
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
        foreach (var (name, value) in request.Parameters)
        {
            copy.Parameters[name] = CloneValue(value);
        }

        return copy;
    }

    public static ParameterCollection Clone(ParameterCollection parameters)
    {
        var copy = new ParameterCollection();
        foreach (var (name, value) in parameters)
        {
            copy[name] = CloneValue(value);
        }

        return copy;
    }

    public static EntityImageCollection Clone(EntityImageCollection images)
    {
        var copy = new EntityImageCollection();
        foreach (var (name, image) in images)
        {
            copy[name] = Clone(image);
        }

        return copy;
    }

    /// <summary>A copy of the entity with the columns <paramref name="keep"/> accepts (all when null).</summary>
    public static Entity Clone(Entity entity, Func<string, bool>? keep = null)
    {
        var copy = new Entity(entity.LogicalName, entity.Id) { RowVersion = entity.RowVersion };
        var columns = new ColumnBuffer(entity.Attributes.Count);
        foreach (var (name, value) in entity.Attributes)
        {
            if (keep is null || keep(name))
            {
                columns.Add(name, CloneValue(value));
            }
        }

        columns.MoveTo(copy);
        CopyKeys(entity.KeyAttributes, copy);
        return copy;
    }

    public static EntityReference Clone(EntityReference reference)
    {
        var copy = new EntityReference(reference.LogicalName, reference.Id) { Name = reference.Name, RowVersion = reference.RowVersion };
        CopyKeys(reference.KeyAttributes, copy);
        return copy;
    }

    // Most rows and references are named by id alone: the copy's key collection is made only when there are keys.
    private static void CopyKeys(KeyAttributeCollection from, object copy)
    {
        if (from.Count == 0)
        {
            return;
        }

        var to = copy is Entity entity ? entity.KeyAttributes : ((EntityReference)copy).KeyAttributes;
        foreach (var (name, value) in from)
        {
            to[name] = value;
        }
    }

    private static object? CloneValue(object? value) => value switch
    {
        Entity entity => Clone(entity),
        EntityReference reference => Clone(reference),
        EntityCollection collection => new EntityCollection(collection.Entities.Select(e => Clone(e)).ToList()) { EntityName = collection.EntityName },
        EntityReferenceCollection references => new EntityReferenceCollection(references.Select(Clone).ToList()),
        OrganizationRequestCollection requests => Clone(requests),
        _ => value,
    };

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
