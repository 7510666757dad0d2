using Microsoft.OData;
using Microsoft.OData.UriParser;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;
using SocialCrm.Dataverse.Local.WebApi.Errors;
using SocialCrm.Dataverse.Local.WebApi.Reading;
using SocialCrm.Dataverse.Local.WebApi.Routing;

namespace SocialCrm.Dataverse.Local.WebApi.Writing;

/// <summary>
/// One column of one record: GET reads its value ({"value": …}, or 204 when it has none), PUT sets it from
/// {"value": …} and DELETE empties it, each through one Retrieve or Update.
/// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/update-delete-entities-using-web-api#update-a-single-property-value
/// </summary>
internal static class PropertyHandler
{
    public static WebApiResponse Handle(WebApiCall call, RecordKey key, PropertySegment segment)
    {
        var column = key.Shape.ColumnOf(segment.Property.Name)!;
        if (call.Request.Method == "GET")
        {
            var row = ((RetrieveResponse)call.Organization.Execute(new RetrieveRequest { Target = key.Reference(), ColumnSet = new ColumnSet(column.LogicalName) })).Entity;
            if (!row.Attributes.TryGetValue(column.LogicalName, out var value) || value is null)
            {
                return WebApiResponse.NoContent();
            }

            return PayloadWriter.Write(200, call.Model.Model, call.WriterSettings(), writer =>
                writer.WriteProperty(new ODataProperty { Name = segment.Property.Name, Value = EdmValues.From(value) }));
        }

        if (column.IsLookup)
        {
            throw WebApiException.BadRequest("CRM do not support direct update of Entity Reference properties, Use Navigation properties instead.");
        }

        var target = key.Target();
        target[column.LogicalName] = call.Request.Method == "PUT" ? SdkValues.For(column, ReadValue(call, segment, key)) : null;
        call.Organization.Execute(new UpdateRequest { Target = target });
        return WebApiResponse.NoContent();
    }

    private static object? ReadValue(WebApiCall call, PropertySegment segment, RecordKey key)
    {
        try
        {
            using var reader = new ODataMessageReader((IODataRequestMessage)call.Request.Message(), RequestBodies.ReaderSettings(), call.Model.Model);
            return reader.ReadProperty(segment.Property).Value;
        }
        catch (ODataException exception)
        {
            throw PayloadErrors.Of(exception, key.Shape.Set.Name);
        }
    }
}
