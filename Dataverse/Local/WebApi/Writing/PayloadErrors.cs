using Microsoft.OData;
using SocialCrm.Dataverse.Local.WebApi.Errors;

namespace SocialCrm.Dataverse.Local.WebApi.Writing;

/// <summary>
/// A body that does not fit the entity type (an unknown property, a value of the wrong type) answers 400 with the error
/// Dataverse gives, whose inner exception is Microsoft.OData's own message.
/// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/web-api-client-errors#error-identified-in-payload-provided-by-the-user-for-entity-entity-name
/// </summary>
internal static class PayloadErrors
{
    public static WebApiException Of(ODataException exception, string entitySetName) => new(
        400,
        WebApiErrorCodes.InvalidPayload,
        $"Error identified in Payload provided by the user for Entity :'{entitySetName}', For more information on this error please follow this help link https://go.microsoft.com/fwlink/?linkid=2195293  ---->  InnerException : Microsoft.OData.ODataException: {exception.Message}");
}
