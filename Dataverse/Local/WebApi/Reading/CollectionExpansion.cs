using Microsoft.OData.UriParser;
using SocialCrm.Dataverse.Local.WebApi.Metadata;

namespace SocialCrm.Dataverse.Local.WebApi.Reading;

/// <summary>A collection-valued navigation property in $expand, with its own $select, $filter, $orderby and $top.</summary>
internal sealed record CollectionExpansion(RelatedCollection Collection, RecordSelection Selection, FilterClause? Filter, OrderByClause? OrderBy, long? Top);
