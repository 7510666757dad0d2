using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;
using SocialCrm.Dataverse.Local.Pipeline;

namespace SocialCrm.Dataverse.Local.Service;

/// <summary>
/// IOrganizationService over a LocalDataverse: each method is the request Dataverse turns it into, sent through the
/// event pipeline as the service's user.
/// </summary>
internal sealed class OrganizationService : IOrganizationService
{
    private readonly MessagePipeline pipeline;
    private readonly CallerContext caller;

    public OrganizationService(MessagePipeline pipeline, CallerContext caller)
    {
        this.pipeline = pipeline;
        this.caller = caller;
    }

    // The typed methods build their request from copies of what the caller passed, so it needs no second copy.
    public Guid Create(Entity entity) => ((CreateResponse)Send(new CreateRequest { Target = Copy(entity) })).id;

    public Entity Retrieve(string entityName, Guid id, ColumnSet columnSet) =>
        ((RetrieveResponse)Send(new RetrieveRequest { Target = new EntityReference(entityName, id), ColumnSet = columnSet })).Entity;

    public EntityCollection RetrieveMultiple(QueryBase query) =>
        ((RetrieveMultipleResponse)Send(new RetrieveMultipleRequest { Query = query })).EntityCollection;

    public void Update(Entity entity) => Send(new UpdateRequest { Target = Copy(entity) });

    public void Delete(string entityName, Guid id) => Send(new DeleteRequest { Target = new EntityReference(entityName, id) });

    public void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        Execute(new AssociateRequest { Target = new EntityReference(entityName, entityId), Relationship = relationship, RelatedEntities = relatedEntities });

    public void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        Execute(new DisassociateRequest { Target = new EntityReference(entityName, entityId), Relationship = relationship, RelatedEntities = relatedEntities });

    // What crosses the wire to Dataverse is a copy: the caller may change its request, or reuse it, once it is sent.
    public OrganizationResponse Execute(OrganizationRequest request) =>
        Send(SdkCloner.Clone(request ?? throw Faults.DataverseFault.InvalidArgument("The request is null.")));

    private static Entity Copy(Entity entity) => entity is null ? null! : SdkCloner.CloneTarget(entity);

    // A top-level request starts a new correlation; a plug-in's requests keep the one of the chain they belong to.
    private OrganizationResponse Send(OrganizationRequest request) =>
        pipeline.Execute(request, caller.FromPlugin ? caller : caller with { CorrelationId = Guid.NewGuid() });
}
