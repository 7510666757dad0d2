using System;
using System.ServiceModel;
using Microsoft.OData;
using Microsoft.OData.UriParser;
using Microsoft.Xrm.Sdk;
using SocialCrm.Dataverse.Local.Faults;

namespace SocialCrm.Dataverse.Local.WebApi.Errors;

/// <summary>
/// The one place exceptions become Web API errors: an organization service fault keeps its code (in hex) and message
/// and gets the status Dataverse gives that code; an OData parsing failure is a 400 (a 404 for an unknown segment); a
/// plug-in's InvalidPluginExecutionException is a 400; anything else is a real fault, a 500.
/// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/compose-http-requests-handle-errors#identify-status-codes
/// </summary>
internal static class FaultMapper
{
    public static WebApiError Map(Exception exception) => exception switch
    {
        WebApiException web => new(web.StatusCode, web.Code, web.Message),
        FaultException<OrganizationServiceFault> fault => new(StatusOf(fault.Detail.ErrorCode), WebApiErrorCodes.Hex(fault.Detail.ErrorCode), fault.Detail.Message ?? fault.Message),
        InvalidPluginExecutionException plugin => new(400, WebApiErrorCodes.Hex(plugin.ErrorCode != 0 ? plugin.ErrorCode : ErrorCodes.IsvAborted), plugin.Message),
        ODataUnrecognizedPathException path => new(404, WebApiErrorCodes.ResourceNotFound, path.Message),
        ODataException odata => new(400, WebApiErrorCodes.ODataQuery, odata.Message),
        _ => new(500, WebApiErrorCodes.Unexpected, exception.Message),
    };

    public static int StatusOf(int errorCode) => errorCode switch
    {
        ErrorCodes.ObjectDoesNotExist => 404,
        ErrorCodes.DuplicateRecord or ErrorCodes.ConcurrencyVersionMismatch => 412,
        ErrorCodes.PrivilegeDenied => 403,
        ErrorCodes.NotImplemented => 501,
        ErrorCodes.SqlError => 500,
        _ => 400,
    };
}
