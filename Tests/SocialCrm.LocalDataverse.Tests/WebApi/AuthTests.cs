using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Dataverse.Local.WebApi.Auth;
using SocialCrm.Dataverse.Local.WebApi.Hosting;

namespace SocialCrm.Dataverse.Local.Tests.WebApi;

/// <summary>Bearer tokens: accepted and ignored by default; in strict mode a missing or unknown one answers 401. CORS only when configured.</summary>
[TestClass]
public sealed class AuthTests
{
    [TestMethod]
    public async Task Any_token_or_none_is_accepted_by_default_and_the_caller_is_the_configured_user()
    {
        await using var host = await WebApiHost.StartAsync();

        using var without = await host.GetAsync("WhoAmI");
        using var with = await host.GetAsync("WhoAmI", ("Authorization", "Bearer whatever-msal-gave"));

        Assert.AreEqual(host.Dataverse.AdministratorId, (await Json.ReadAsync(without, 200)).GetProperty("UserId").GetGuid());
        Assert.AreEqual(host.Dataverse.AdministratorId, (await Json.ReadAsync(with, 200)).GetProperty("UserId").GetGuid());
    }

    [TestMethod]
    [DataRow(null, DisplayName = "no token")]
    [DataRow("Bearer forged", DisplayName = "unknown token")]
    [DataRow("Basic dXNlcjpwYXNz", DisplayName = "not a bearer token")]
    public async Task Strict_mode_answers_401_with_www_authenticate_to_a_request_without_a_known_token(string? authorization)
    {
        await using var host = await WebApiHost.StartAsync(Strict());

        using var response = authorization is null ? await host.GetAsync("WhoAmI") : await host.GetAsync("WhoAmI", ("Authorization", authorization));

        Assert.AreEqual(401, (int)response.StatusCode);
        // Read raw: HttpClient does not parse Dataverse's challenge, whose parameters are unquoted URLs.
        var challenge = response.Headers.NonValidated["WWW-Authenticate"].Single();
        Assert.AreEqual($"Bearer authorization_uri=https://login.microsoftonline.com/common/oauth2/authorize, resource_id={host.ServiceRoot.GetLeftPart(UriPartial.Authority)}/", challenge);
    }

    [TestMethod]
    public async Task Strict_mode_runs_a_known_token_as_its_user()
    {
        var dataverse = Tables.Environment().Build();
        var worker = dataverse.CreateUser("Integration worker", isApplicationUser: true);
        var options = Strict();
        options.Auth.Tokens["worker-token"] = worker;
        await using var host = await WebApiHost.StartAsync(dataverse, options);

        using var response = await host.GetAsync("WhoAmI", ("Authorization", "Bearer worker-token"));

        Assert.AreEqual(worker, (await Json.ReadAsync(response, 200)).GetProperty("UserId").GetGuid());
    }

    [TestMethod]
    public async Task Cors_is_off_unless_an_origin_is_configured()
    {
        await using var closed = await WebApiHost.StartAsync();
        await using var open = await WebApiHost.StartAsync(new WebApiOptions { CorsOrigins = new[] { "http://localhost:8080" } });

        using var refused = await Preflight(closed);
        using var allowed = await Preflight(open);

        Assert.IsFalse(refused.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.AreEqual("http://localhost:8080", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    private static Task<HttpResponseMessage> Preflight(WebApiHost host)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "test_profiles");
        request.Headers.Add("Origin", "http://localhost:8080");
        request.Headers.Add("Access-Control-Request-Method", "PATCH");
        return host.Client.SendAsync(request);
    }

    private static WebApiOptions Strict() => new() { Auth = new AuthOptions { Strict = true } };
}
