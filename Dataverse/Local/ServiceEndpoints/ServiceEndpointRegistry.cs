using System;
using System.Collections.Generic;
using System.Linq;
using SocialCrm.Dataverse.Local.Registration;

namespace SocialCrm.Dataverse.Local.ServiceEndpoints;

/// <summary>
/// The webhook endpoints of an environment with what the admin set on them after import: the URL and the key
/// (AuthValue), which no solution carries. An endpoint without its key is not called: LocalDataverse does not post a
/// webhook that its receiver must refuse, so its steps queue no system job until <see cref="Set"/> is called.
/// </summary>
internal sealed class ServiceEndpointRegistry
{
    private readonly Dictionary<Guid, ServiceEndpointDefinition> endpoints = new();
    private readonly Dictionary<Guid, string> keys = new();
    private readonly object gate = new();

    public void Add(ServiceEndpointDefinition endpoint)
    {
        lock (gate)
        {
            endpoints[endpoint.Id] = endpoint;
        }
    }

    public bool Contains(Guid id)
    {
        lock (gate)
        {
            return endpoints.ContainsKey(id);
        }
    }

    /// <summary>Sets the URL and key of the endpoint named <paramref name="name"/>, as an admin updates the serviceendpoint row.</summary>
    public void Set(string name, Uri url, string key)
    {
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException($"The URL of service endpoint '{name}' must be an absolute http or https URL; it is '{url}'.", nameof(url));
        }

        ArgumentException.ThrowIfNullOrEmpty(key);
        lock (gate)
        {
            var endpoint = endpoints.Values.FirstOrDefault(e => string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase))
                ?? throw new ArgumentException($"There is no service endpoint named '{name}'; imported: {string.Join(", ", endpoints.Values.Select(e => e.Name))}.", nameof(name));
            endpoints[endpoint.Id] = endpoint with { Url = url };
            keys[endpoint.Id] = key;
        }
    }

    /// <summary>Where and with which key the endpoint posts; null while its URL or key is not set.</summary>
    public (ServiceEndpointDefinition Endpoint, string Key)? Ready(Guid id)
    {
        lock (gate)
        {
            return endpoints.TryGetValue(id, out var endpoint) && endpoint.Url is not null && keys.TryGetValue(id, out var key) ? (endpoint, key) : null;
        }
    }
}
