using System;
using SocialCrm.LocalDataverse.Metadata;

namespace SocialCrm.LocalDataverse.Storage;

/// <summary>What a query needs besides itself: the metadata to check names against, the clock and the calling user.</summary>
public sealed record QueryContext(MetadataCatalog Catalog, DateTime UtcNow, Guid UserId);
