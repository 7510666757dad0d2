using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Dataverse.Local.Registration;
using SocialCrm.Dataverse.Local.Tests.WebApi.Plugins;

namespace SocialCrm.Dataverse.Local.Tests.WebApi;

/// <summary>
/// Errors keep Dataverse's shape, {"error":{"code":"0x…","message":"…"}}, and status: 400 for what the caller got
/// wrong (plug-in rejections included), 404 for what is not there, 500 only when the server itself fails.
/// </summary>
[TestClass]
public sealed class ErrorTests
{
    [TestMethod]
    public async Task Plugin_failing_with_an_unexpected_exception_answers_400_with_the_unexpected_plugin_error()
    {
        var dataverse = Tables.Environment().WithStep<FailingPlugin>("Create", "contact", PipelineStage.PreOperation).Build();
        await using var host = await WebApiHost.StartAsync(dataverse);

        using var response = await host.SendAsync(HttpMethod.Post, "contacts", """{"fullname":"Ada"}""");

        var (code, message) = await Json.ErrorAsync(response, 400);
        Assert.AreEqual("0x80040224", code);
        StringAssert.Contains(message, "the plug-in's own bug");
    }

    [TestMethod]
    public async Task Value_outside_a_choice_answers_400_with_its_validation_code()
    {
        await using var host = await WebApiHost.StartAsync();

        using var response = await host.SendAsync(HttpMethod.Post, "incidents", $$"""{"title":"Broken","caseorigincode":42}""");

        var (code, message) = await Json.ErrorAsync(response, 400);
        Assert.AreEqual("0x8004431a", code);
        StringAssert.Contains(message, "caseorigincode");
    }

    [TestMethod]
    public async Task Text_too_long_answers_400_naming_the_column()
    {
        await using var host = await WebApiHost.StartAsync();

        using var response = await host.SendAsync(HttpMethod.Post, "test_profiles", $$"""{"test_handle":"{{new string('x', 51)}}"}""");

        var (code, message) = await Json.ErrorAsync(response, 400);
        Assert.AreEqual("0x80044331", code);
        StringAssert.Contains(message, "'test_handle'");
    }

    [TestMethod]
    public async Task Unknown_url_answers_404_in_the_error_shape()
    {
        await using var host = await WebApiHost.StartAsync();

        using var response = await host.SendAsync(HttpMethod.Get, "test_profiles(00000000-0000-0000-0000-000000000001)/Microsoft.Dynamics.CRM.Nothing");

        await Json.ErrorAsync(response, 404);
    }

    [TestMethod]
    public async Task Failure_of_the_server_itself_answers_500_with_the_unexpected_error_code()
    {
        await using var host = await WebApiHost.StartAsync();
        host.Dataverse.Dispose();

        using var response = await host.GetAsync("test_profiles");

        var (code, _) = await Json.ErrorAsync(response, 500);
        Assert.AreEqual("0x80040216", code);
        Assert.IsTrue(host.Log.Lines.Any(l => l.StartsWith("Error: GET", StringComparison.Ordinal) && l.Contains("test_profiles", StringComparison.Ordinal)), "a real fault is logged");
    }
}
