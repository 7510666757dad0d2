using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using SocialCrm.Dataverse.Local.Registration;

namespace SocialCrm.Dataverse.Local.Solutions;

/// <summary>
/// Reads ServiceEndpoints. LocalDataverse posts to webhooks only (Contract 8) keyed with WebhookKey (AuthType 4, sent as
/// the `code` query-string parameter); a Service Bus, Event Hub or other kind of endpoint is refused by name rather than
/// imported and never called.
/// https://learn.microsoft.com/power-apps/developer/data-platform/register-web-hook#authentication-options
/// </summary>
internal static class ServiceEndpointXmlReader
{
    public const int WebhookContract = 8;
    public const int WebhookKeyAuth = 4;

    public static IReadOnlyList<ServiceEndpointDefinition> Read(XElement endpoints) =>
        endpoints.Children("ServiceEndpoint").Select(ReadEndpoint).ToList();

    private static ServiceEndpointDefinition ReadEndpoint(XElement endpoint)
    {
        var name = endpoint.Attr("Name");
        var where = $"{SolutionPackage.CustomizationsFile}, <ServiceEndpoint Name=\"{name}\">";
        var id = SolutionXml.Guid(endpoint.Attr("ServiceEndpointId"))
            ?? throw new FormatException($"{where}: the ServiceEndpointId attribute is missing or not a GUID.");
        if (string.IsNullOrEmpty(name))
        {
            throw new FormatException($"{where}: the Name attribute is required.");
        }

        if (endpoint.Int("Contract") != WebhookContract)
        {
            throw new FormatException($"{where}, <Contract>: {endpoint.Text("Contract")} is not 8 (webhook), the only kind of endpoint LocalDataverse posts to.");
        }

        if (endpoint.Int("AuthType") != WebhookKeyAuth)
        {
            throw new FormatException($"{where}, <AuthType>: {endpoint.Text("AuthType")} is not 4 (WebhookKey), the only webhook authentication LocalDataverse sends.");
        }

        var url = endpoint.Text("Url");
        return new ServiceEndpointDefinition(id, name, url is null ? null
            : Uri.TryCreate(url, UriKind.Absolute, out var absolute) ? absolute
            : throw new FormatException($"{where}, <Url>: '{url}' is not an absolute URL."));
    }
}
