using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Options;

namespace SocialCrm.Integration.Sources.WebSub;

/// <summary>
/// Asks the hub to subscribe or unsubscribe a callback: a form POST of hub.callback, hub.mode, hub.topic and, to
/// subscribe, hub.lease_seconds and hub.secret. The hub answers 202 Accepted and later checks the request with the
/// callback (verification of intent); any other answer is the hub's refusal, thrown with what it said.
/// https://www.w3.org/TR/websub/#subscriber-sends-subscription-request, https://developers.google.com/youtube/v3/guides/push_notifications
/// </summary>
public sealed class WebSubHubClient(IHttpClientFactory httpClients, IOptions<WebSubOptions> options)
{
    public const string HttpClientName = "websub";

    public async Task RequestAsync(WebSubSubscription subscription, Uri callback, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var form = new List<KeyValuePair<string, string>>
        {
            new("hub.callback", callback.ToString()),
            new("hub.mode", subscription.Mode),
            new("hub.topic", subscription.Topic.ToString()),
        };
        if (subscription.Mode == WebSubSubscription.Subscribe)
        {
            form.Add(new("hub.lease_seconds", settings.LeaseSeconds.ToString(CultureInfo.InvariantCulture)));
            form.Add(new("hub.secret", subscription.Secret));
        }

        using var http = httpClients.CreateClient(HttpClientName);
        using var content = new FormUrlEncodedContent(form);
        using var response = await http.PostAsync(settings.HubUrl, content, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var said = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new HttpRequestException(
                $"The hub {settings.HubUrl} refused to {subscription.Mode} {subscription.Topic}: {(int)response.StatusCode} {said.Trim()}", null, response.StatusCode);
        }
    }
}
