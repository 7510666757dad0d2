namespace SocialCrm.Dataverse.Local.Service;

/// <summary>One request that reached the organization service, as the call log records it.</summary>
/// <param name="MessageName">Create, RetrieveMultiple, a Custom API name...</param>
/// <param name="PrimaryEntity">The table of the request, when it has one.</param>
/// <param name="Depth">1 for a request an application sent; more for a request a plug-in sent.</param>
/// <param name="FromPlugin">Whether a plug-in sent it through its IOrganizationService.</param>
public readonly record struct ServiceCall(string MessageName, string? PrimaryEntity, int Depth, bool FromPlugin);
