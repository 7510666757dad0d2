using System;
using Microsoft.Xrm.Sdk;

namespace SocialCrm.Dataverse.Local.Extending;

/// <summary>
/// A step a test author adds to every request's pipeline: it runs after the call log and the depth check, around the
/// rest (validation, plug-ins, the transaction, the main operation). It may look at the request, call
/// <paramref name="next"/> and look at or replace the response, or answer (or fail) without calling it.
/// </summary>
public interface IRequestStep
{
    OrganizationResponse Run(OrganizationRequest request, MessageScope scope, Func<OrganizationResponse> next);
}
