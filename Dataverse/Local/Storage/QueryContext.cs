using System;
using SocialCrm.Dataverse.Local.Metadata;

namespace SocialCrm.Dataverse.Local.Storage;

/// <summary>What a query needs besides itself: the metadata to check names against, the clock and the calling user.</summary>
public sealed record QueryContext(MetadataCatalog Catalog, DateTime UtcNow, Guid UserId);
