using System;
using System.Net.Http;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SocialCrm.Integration.Sink;

namespace SocialCrm.Integration.Escalation;

/// <summary>
/// Calls the Custom API scrm_EscalateWaitingConversations every Interval on the clock it is given, through the sink's HTTP
/// client (same token, same throttling handling): "no reply within N hours" needs time to pass, and a worker is always
/// running where mentions arrive. An outage skips a round; the next one catches up, since the API escalates whatever
/// has waited long enough by then. https://learn.microsoft.com/power-apps/developer/data-platform/custom-api#invoking-custom-apis-from-the-web-api
/// </summary>
public sealed class WaitingConversationScheduler(
    IHttpClientFactory httpClients,
    DataverseEndpoint endpoint,
    IOptions<WaitingConversationsOptions> options,
    TimeProvider clock,
    ILogger<WaitingConversationScheduler> logger) : BackgroundService
{
    /// <summary>The Custom API's unique name, as Plugins/Schema/CustomApis.cs declares it (the worker speaks HTTP only).</summary>
    public const string CustomApiName = "scrm_EscalateWaitingConversations";

    /// <summary>Runs the re-evaluation once; answers how many conversations escalated.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var environment = await endpoint.AddressAsync(cancellationToken);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(environment, DataverseWebApiClient.ApiPath + CustomApiName))
        {
            Content = new StringContent("{}", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("OData-MaxVersion", "4.0");
        request.Headers.Add("OData-Version", "4.0");
        using var http = httpClients.CreateClient(DataverseWebApiClient.HttpClientName);
        using var response = await http.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"{CustomApiName} failed: {(int)response.StatusCode} {body}", null, response.StatusCode);
        }

        var answer = JsonNode.Parse(body)!;
        var escalated = answer["Escalated"]?.GetValue<int>() ?? 0;
        logger.LogInformation("{Api}: {Waiting} conversations waited too long for a reply, {Escalated} escalated.", CustomApiName, answer["Waiting"]?.GetValue<int>() ?? 0, escalated);
        return escalated;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(options.Value.Interval, clock, stoppingToken);
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (HttpRequestException e)
            {
                logger.LogWarning("Escalating waiting conversations skipped until the next round: {Reason}", e.Message);
            }
        }
    }
}
