using System;

namespace SocialCrm.Dataverse.Local.Registration;

/// <summary>
/// A webhook service endpoint (serviceendpoint, Contract 8) as a solution brings it: where it posts. Its key
/// (AuthValue) never travels in a solution: the admin sets it, and usually the URL, after import
/// (<see cref="LocalDataverse.SetServiceEndpoint"/>).
/// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/serviceendpoint
/// </summary>
public sealed record ServiceEndpointDefinition(Guid Id, string Name, Uri? Url);
