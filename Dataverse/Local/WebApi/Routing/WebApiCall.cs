using System;
using Microsoft.OData;
using Microsoft.OData.UriParser;
using Microsoft.Xrm.Sdk;
using SocialCrm.Dataverse.Local.WebApi.Metadata;

namespace SocialCrm.Dataverse.Local.WebApi.Routing;

/// <summary>One request on its way through a handler: the request, its parsed URL, its preferences and its caller's service.</summary>
internal sealed class WebApiCall
{
    private readonly ContentIdMap contentIds;

    public WebApiCall(WebApiService service, WebApiRequest request, ODataUri uri, ContentIdMap contentIds)
    {
        Service = service;
        Request = request;
        Uri = uri;
        this.contentIds = contentIds;
        Preferences = request.Preferences();
        AnnotationFilter = ODataUtils.CreateAnnotationFilter(Preferences.AnnotationFilter ?? "-*");
        Organization = service.Environment.GetOrganizationService(request.CallerId);
    }

    public WebApiService Service { get; }

    public WebApiModel Model => Service.Model;

    public WebApiRequest Request { get; }

    public ODataUri Uri { get; }

    public Uri ServiceRoot => Uri.ServiceRoot;

    public ODataPreferenceHeader Preferences { get; }

    /// <summary>Which instance annotations the caller asked for with Prefer: odata.include-annotations; none by default.</summary>
    public Func<string, bool> AnnotationFilter { get; }

    public IOrganizationService Organization { get; }

    /// <summary>A URL or $Content-ID reference, resolved to a URL under the service root.</summary>
    public Uri ResolveReference(string reference) => new(ServiceRoot, contentIds.Resolve(reference));

    /// <summary>A settings object for a writer of this call: its URL (for @odata.context) and the annotations asked for.</summary>
    public ODataMessageWriterSettings WriterSettings(ODataUri? uri = null) => new()
    {
        BaseUri = ServiceRoot,
        ODataUri = uri ?? Uri,
        ShouldIncludeAnnotation = AnnotationFilter,
    };
}
