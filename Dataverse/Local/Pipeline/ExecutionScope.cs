using System;
using SocialCrm.Dataverse.Local.Metadata;
using SocialCrm.Dataverse.Local.Service;
using SocialCrm.Dataverse.Local.Storage;

namespace SocialCrm.Dataverse.Local.Pipeline;

/// <summary>What a request runs against: the rows, the tables they follow, the organization and the clock.</summary>
internal sealed record ExecutionScope(IRecordStore Store, MetadataCatalog Metadata, OrganizationIdentity Organization, TimeProvider Clock)
{
    public DateTime UtcNow => Clock.GetUtcNow().UtcDateTime;

    public QueryContext QueryAs(Guid userId) => new(Metadata, UtcNow, userId);
}
