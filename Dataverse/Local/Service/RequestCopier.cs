using System;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace SocialCrm.Dataverse.Local.Service;

/// <summary>
/// Copies a request as it enters the service, as crossing the wire to Dataverse does: the pipeline and its plug-ins
/// work on their own entities, so the caller's objects never gain an id, a resolved key or a plug-in's change.
/// </summary>
internal static class RequestCopier
{
    public static OrganizationRequest Copy(OrganizationRequest request)
    {
        var copy = request.GetType() == typeof(OrganizationRequest)
            ? new OrganizationRequest()
            : (OrganizationRequest)Activator.CreateInstance(request.GetType())!;
        copy.RequestName = request.RequestName;
        copy.RequestId = request.RequestId;
        copy.Parameters.Clear();
        foreach (var (name, value) in request.Parameters)
        {
            copy.Parameters[name] = Copy(value);
        }

        return copy;
    }

    private static object? Copy(object? value) => value switch
    {
        Entity entity => Copy(entity),
        EntityReference reference => Copy(reference),
        EntityCollection collection => new EntityCollection(collection.Entities.Select(Copy).ToList()) { EntityName = collection.EntityName },
        EntityReferenceCollection references => new EntityReferenceCollection(references.Select(Copy).ToList()),
        OrganizationRequestCollection requests => Copy(requests),
        _ => value,
    };

    private static OrganizationRequestCollection Copy(OrganizationRequestCollection requests)
    {
        var copy = new OrganizationRequestCollection();
        foreach (var request in requests)
        {
            copy.Add(Copy(request));
        }

        return copy;
    }

    private static Entity Copy(Entity entity)
    {
        var copy = new Entity(entity.LogicalName, entity.Id) { RowVersion = entity.RowVersion };
        foreach (var (name, value) in entity.Attributes)
        {
            copy[name] = value is EntityReference reference ? Copy(reference) : value;
        }

        foreach (var (name, value) in entity.KeyAttributes)
        {
            copy.KeyAttributes[name] = value;
        }

        return copy;
    }

    private static EntityReference Copy(EntityReference reference)
    {
        var copy = new EntityReference(reference.LogicalName, reference.Id) { Name = reference.Name, RowVersion = reference.RowVersion };
        foreach (var (name, value) in reference.KeyAttributes)
        {
            copy.KeyAttributes[name] = value;
        }

        return copy;
    }
}
