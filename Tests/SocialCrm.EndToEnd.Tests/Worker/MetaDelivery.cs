using System;
using System.Net;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace SocialCrm.EndToEnd.Tests.Worker;

/// <summary>A delivery to the running worker's Meta endpoint, signed here as Meta documents it, not with the worker's code.</summary>
public static class MetaDelivery
{
    /// <summary>Posts <paramref name="body"/> with its X-Hub-Signature-256 and expects Meta's 200.</summary>
    public static async Task SendAsync(WorkerOnLocalDataverse rig, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/meta") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Hub-Signature-256", HexSignature(WorkerOnLocalDataverse.MetaAppSecret, body));
        using var response = await rig.Webhooks.SendAsync(request);
        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>"sha256=" and the lower-case hex HMAC-SHA256 of the message: Meta's X-Hub-Signature-256, and the generic endpoint's.</summary>
    public static string HexSignature(string secret, string message) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(message)));
}
