using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Options;

namespace SocialCrm.Integration.Queue.RabbitMq;

/// <summary>
/// The management plug-in's HTTP API, read only: the queues of this prefix with their ready and unacknowledged counts
/// (https://www.rabbitmq.com/docs/management#http-api), and the resource alarms in effect
/// (GET /api/health/checks/alarms, https://www.rabbitmq.com/docs/monitoring#health-checks). It signs in with the broker
/// Uri's user and password. The broker refreshes these figures every collect_statistics_interval (5 s by default).
/// </summary>
public sealed class RabbitMqManagementClient(IHttpClientFactory http, IOptions<RabbitMqOptions> options)
{
    public const string HttpClientName = "rabbitmq-management";

    /// <summary>False when Queue:RabbitMq:ManagementUri is not set.</summary>
    public bool Configured => options.Value.ManagementUri != null;

    public Uri? Address => options.Value.ManagementUri;

    /// <summary>The queues whose names start with the prefix, in the broker Uri's virtual host.</summary>
    public async Task<IReadOnlyList<ManagedQueue>> QueuesAsync(CancellationToken cancellationToken)
    {
        using var response = await SendAsync($"api/queues/{Uri.EscapeDataString(VirtualHost())}?columns=name,messages_ready,messages_unacknowledged", cancellationToken);
        response.EnsureSuccessStatusCode();
        var queues = await response.Content.ReadFromJsonAsync<List<ManagedQueue>>(cancellationToken) ?? [];
        return queues.Where(q => q.Name.StartsWith(options.Value.Prefix + ".", StringComparison.Ordinal)).ToList();
    }

    /// <summary>The resources (memory, disk) whose alarm is in effect anywhere in the cluster; empty when none.</summary>
    public async Task<IReadOnlyList<string>> AlarmsAsync(CancellationToken cancellationToken)
    {
        using var response = await SendAsync("api/health/checks/alarms", cancellationToken);
        if (response.StatusCode != HttpStatusCode.ServiceUnavailable)
        {
            response.EnsureSuccessStatusCode();
            return [];
        }

        var failed = await response.Content.ReadFromJsonAsync<AlarmCheck>(cancellationToken);
        return failed?.Alarms?.Select(a => $"{a.Resource} alarm on {a.Node}").ToList() is { Count: > 0 } alarms ? alarms : [failed?.Reason ?? "a resource alarm"];
    }

    private async Task<HttpResponseMessage> SendAsync(string path, CancellationToken cancellationToken)
    {
        var management = options.Value.ManagementUri ?? throw new InvalidOperationException("Queue:RabbitMq:ManagementUri is not set.");
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(AsFolder(management), path));
        var user = options.Value.Uri.UserInfo.Split(':', 2);
        var (name, password) = user.Length == 2 ? (Uri.UnescapeDataString(user[0]), Uri.UnescapeDataString(user[1])) : ("guest", "guest");
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{name}:{password}")));
        return await http.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
    }

    // A relative path replaces the base's last segment unless the base ends in '/' (RFC 3986, 5.2.3): under a path prefix
    // (management.path_prefix, https://www.rabbitmq.com/docs/management#path-prefix) http://host:15672/rabbitmq would
    // lose "rabbitmq", so the prefix is read as a folder with or without its trailing '/'.
    private static Uri AsFolder(Uri management) =>
        management.AbsolutePath.EndsWith('/') ? management : new UriBuilder(management) { Path = management.AbsolutePath + "/" }.Uri;

    // The AMQP Uri's path is the virtual host, "/" when empty (https://www.rabbitmq.com/docs/uri-spec).
    private string VirtualHost() =>
        options.Value.Uri.AbsolutePath.Length <= 1 ? "/" : Uri.UnescapeDataString(options.Value.Uri.AbsolutePath[1..]);

    private sealed record AlarmCheck(string? Reason, List<Alarm>? Alarms);

    private sealed record Alarm(string Node, string Resource);
}

/// <summary>One queue as the management API reports it.</summary>
public sealed record ManagedQueue(
    string Name,
    [property: JsonPropertyName("messages_ready")] int MessagesReady,
    [property: JsonPropertyName("messages_unacknowledged")] int MessagesUnacknowledged);
