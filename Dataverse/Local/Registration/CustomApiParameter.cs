namespace SocialCrm.Dataverse.Local.Registration;

/// <summary>A request parameter or response property of a Custom API.</summary>
public sealed record CustomApiParameter(string UniqueName, CustomApiParameterType Type, bool IsOptional = false, string? EntityLogicalName = null);
