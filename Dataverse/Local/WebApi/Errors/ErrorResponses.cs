using Microsoft.OData;
using Microsoft.OData.Edm;
using SocialCrm.Dataverse.Local.WebApi.Routing;

namespace SocialCrm.Dataverse.Local.WebApi.Errors;

/// <summary>Dataverse's error body, {"error":{"code":"0x80040217","message":"..."}}, written by Microsoft.OData.</summary>
internal static class ErrorResponses
{
    public static WebApiResponse For(WebApiError error) =>
        PayloadWriter.Write(error.StatusCode, EdmCoreModel.Instance, new ODataMessageWriterSettings(), writer =>
            writer.WriteError(new ODataError { Code = error.Code, Message = error.Message }, includeDebugInformation: false));
}
