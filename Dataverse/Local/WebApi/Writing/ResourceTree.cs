using System.Collections.Generic;
using Microsoft.OData;

namespace SocialCrm.Dataverse.Local.WebApi.Writing;

/// <summary>A record read from a request body: its properties, and the records its navigation properties bind to.</summary>
internal sealed class ResourceTree
{
    public ODataResource? Resource { get; set; }

    /// <summary>Each <c>navigation@odata.bind</c> of the body: the navigation property and the URL it names.</summary>
    public List<(string Navigation, string Url)> Binds { get; } = new();

    /// <summary>Records nested under navigation properties (deep insert), which LocalDataverse refuses.</summary>
    public List<string> NestedUnder { get; } = new();
}
