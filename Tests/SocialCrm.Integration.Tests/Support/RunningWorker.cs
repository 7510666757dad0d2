using System;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace SocialCrm.Integration.Tests.Support;

/// <summary>A worker host a test started: where it listens, and a signed delivery to its generic webhook.</summary>
public static class RunningWorker
{
    public static Uri Address(WebApplication worker) =>
        new(worker.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single());

    /// <summary>Posts one mention of author "9{postId}" to /webhooks/generic, signed as the generic webhook's contract says.</summary>
    public static async Task<HttpResponseMessage> PostGenericAsync(HttpClient client, string secret, string postId, string text)
    {
        var body = $$"""{"platform":"x","externalPostId":"{{postId}}","authorExternalId":"9{{postId}}","text":"{{text}}","postedOn":"2025-03-01T09:00:00Z"}""";
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/generic") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-SocialCrm-Timestamp", timestamp);
        request.Headers.Add("X-SocialCrm-Signature", Signatures.Generic(secret, timestamp, body));
        return (await client.SendAsync(request)).EnsureSuccessStatusCode();
    }
}
