namespace SocialCrm.Dataverse.Local.WebApi.Errors;

/// <summary>What an error answers: its status code and Dataverse's error body.</summary>
/// <param name="StatusCode">400, 404, 412, 429, 500...</param>
/// <param name="Code">error.code: the hex code string.</param>
/// <param name="Message">error.message, naming the problem.</param>
internal sealed record WebApiError(int StatusCode, string Code, string Message);
