using System.Collections.Generic;
using System.Linq;
using SocialCrm.Solution.Reading;

namespace SocialCrm.Solution.Validation;

/// <summary>
/// A service endpoint's step names an endpoint of the solution, and a webhook endpoint ships no secret: Dataverse never
/// exports AuthValue (it cannot be read back), so a key in the source would be a real secret in every zip
/// (https://learn.microsoft.com/power-apps/developer/data-platform/register-web-hook#query-webhook-registrations).
/// </summary>
public sealed class ServiceEndpointRule : ISolutionRule
{
    private static readonly string[] Secrets = { "AuthValue", "SASKey", "SASToken" };

    public IEnumerable<SolutionProblem> Check(SolutionSource source, SourceIndex index)
    {
        var endpoints = source.Merged("ServiceEndpoints").ToList();
        var ids = endpoints.Select(e => SourceIndex.IdOf(e.Root.Attribute("ServiceEndpointId")?.Value)).Where(id => id != null).ToHashSet();
        foreach (var endpoint in endpoints)
        {
            foreach (var secret in endpoint.Root.Elements().Where(e => Secrets.Contains(e.Name.LocalName)))
            {
                yield return endpoint.Problem(secret, $"<{secret.Name.LocalName}> is a secret the admin sets after import; no solution carries it.");
            }
        }

        foreach (var step in source.Merged("SdkMessageProcessingSteps").Where(s => ServiceEndpointSteps.IsHandledByEndpoint(s.Root)))
        {
            var handler = step.Root.Element("EventHandler");
            if (SourceIndex.IdOf(handler?.Value) is not { } id || !ids.Contains(id))
            {
                yield return step.Problem(handler ?? step.Root,
                    $"<EventHandler> must be the ServiceEndpointId of a file in ServiceEndpoints/; it is '{handler?.Value}'.");
            }
        }
    }
}
