using System;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Options;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Integration.Sink;

namespace SocialCrm.Integration.Tests.Sink;

[TestClass]
public sealed class AccessTokenHandlerTests
{
    [TestMethod]
    public async Task Requests_to_the_local_default_carry_the_token_the_worker_generated_for_its_child()
    {
        var endpoint = new DataverseEndpoint();
        endpoint.Resolve(new Uri("http://127.0.0.1:5555/"), "generated-for-this-run");
        var server = new RecordingHandler();
        using var client = new HttpClient(new AccessTokenHandler(Options.Create(new DataverseSinkOptions()), endpoint) { InnerHandler = server });

        await client.GetAsync(new Uri("http://127.0.0.1:5555/api/data/v9.2/"));

        Assert.AreEqual("Bearer generated-for-this-run", server.Authorization);
    }

    [TestMethod]
    public async Task Requests_to_an_environment_resolved_without_a_token_carry_none()
    {
        var endpoint = new DataverseEndpoint();
        endpoint.Resolve(new Uri("http://127.0.0.1:5555/"));
        var server = new RecordingHandler();
        using var client = new HttpClient(new AccessTokenHandler(Options.Create(new DataverseSinkOptions()), endpoint) { InnerHandler = server });

        await client.GetAsync(new Uri("http://127.0.0.1:5555/api/data/v9.2/"));

        Assert.IsNull(server.Authorization);
    }

    private sealed class RecordingHandler : HttpMessageHandler
    {
        public string? Authorization { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Authorization = request.Headers.Authorization?.ToString();
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK));
        }
    }
}
