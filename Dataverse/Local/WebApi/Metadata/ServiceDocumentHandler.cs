using Microsoft.OData;
using SocialCrm.Dataverse.Local.WebApi.Routing;

namespace SocialCrm.Dataverse.Local.WebApi.Metadata;

/// <summary>GET on the service root: the service document listing every entity set.</summary>
internal static class ServiceDocumentHandler
{
    public static WebApiResponse Handle(WebApiCall call) =>
        PayloadWriter.Write(200, call.Model.Model, new ODataMessageWriterSettings { BaseUri = call.ServiceRoot, ODataUri = call.Uri }, writer =>
            writer.WriteServiceDocument(call.Model.Model.GenerateServiceDocument()));
}
