using System;

namespace SocialCrm.Dataverse.Local.WebApi.Errors;

/// <summary>A failure the Web API itself detects (a malformed request, an unsupported query option), with its answer.</summary>
internal sealed class WebApiException : Exception
{
    public WebApiException(int statusCode, string code, string message)
        : base(message)
    {
        StatusCode = statusCode;
        Code = code;
    }

    public int StatusCode { get; }

    /// <summary>error.code: a hex code string, or empty where Dataverse sends an empty one.</summary>
    public string Code { get; }

    /// <summary>0x80060888: what Dataverse answers for an OData query or request it cannot take.</summary>
    public static WebApiException BadRequest(string message) => new(400, WebApiErrorCodes.ODataQuery, message);
}
