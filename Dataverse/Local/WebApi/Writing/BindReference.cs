using System;
using Microsoft.OData.UriParser;
using Microsoft.Xrm.Sdk;
using SocialCrm.Dataverse.Local.WebApi.Errors;
using SocialCrm.Dataverse.Local.WebApi.Metadata;
using SocialCrm.Dataverse.Local.WebApi.Routing;

namespace SocialCrm.Dataverse.Local.WebApi.Writing;

/// <summary>
/// The record an @odata.bind (or @odata.id) URL names: "contacts(id)", "/contacts(id)", an absolute URL, a URL by
/// alternate key, or "$1" in a change set. Dataverse reads a leading slash as relative to the service root.
/// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/associate-disassociate-entities-using-web-api#associate-table-rows-on-create
/// </summary>
internal static class BindReference
{
    public static RecordKey Resolve(WebApiCall call, string url)
    {
        var relative = url.StartsWith('/') && !url.StartsWith(WebApiService.RootPath + "/", StringComparison.Ordinal) ? url[1..] : url;
        var absolute = call.ResolveReference(relative);
        var parser = new ODataUriParser(call.Model.Model, call.ServiceRoot, absolute) { Resolver = new AlternateKeysODataUriResolver(call.Model.Model) };
        var path = parser.ParsePath();
        if (path.Count != 2 || path.FirstSegment is not EntitySetSegment set || path.LastSegment is not KeySegment key)
        {
            throw WebApiException.BadRequest($"'{url}' does not name one record.");
        }

        return RecordKey.From(call.Model.ShapeOfSet(set.EntitySet.Name)!, key);
    }

    /// <summary>The lookup value a navigation property binds to: the record, checked against the navigation's table.</summary>
    public static EntityReference ForNavigation(WebApiCall call, LookupNavigation navigation, string url)
    {
        var key = Resolve(call, url);
        if (navigation.Target is not null && navigation.Target.LogicalName != key.Shape.Table.LogicalName)
        {
            throw WebApiException.BadRequest($"The navigation property '{navigation.Name}' points to {navigation.Target.EntitySetName}, not to {key.Shape.Table.EntitySetName}.");
        }

        return key.Reference();
    }
}
