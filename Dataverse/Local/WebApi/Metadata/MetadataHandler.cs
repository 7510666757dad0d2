using Microsoft.OData;
using SocialCrm.Dataverse.Local.WebApi.Routing;

namespace SocialCrm.Dataverse.Local.WebApi.Metadata;

/// <summary>GET $metadata: the CSDL document of the model, written by Microsoft.OData.</summary>
internal static class MetadataHandler
{
    public static WebApiResponse Handle(WebApiCall call) =>
        PayloadWriter.Write(200, call.Model.Model, new ODataMessageWriterSettings { BaseUri = call.ServiceRoot }, writer => writer.WriteMetadataDocument(), ODataFormat.Metadata);
}
