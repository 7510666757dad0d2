using System;
using System.IO;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Dataverse.Local.Tests.Solutions;
using SocialCrm.Dataverse.Local.WebApi.Hosting;

namespace SocialCrm.Dataverse.Local.Tests.WebApi;

/// <summary>The serve command: prints its service root, serves a solution, keeps its data in the folder across restarts.</summary>
[TestClass]
public sealed class CommandLineTests
{
    [TestMethod]
    public async Task Serve_keeps_the_data_in_its_folder_across_restarts()
    {
        var data = Directory.CreateTempSubdirectory("localdataverse-serve-").FullName;
        try
        {
            using (var first = await ServeProcess.StartAsync("serve", "--port", "0", "--data", data, "--solution", SampleSolution.Folder))
            {
                using var client = new HttpClient { BaseAddress = first.ServiceRoot };
                using var created = await client.PostAsync("scrm_socialprofiles", new StringContent("""{"scrm_name":"Ada","scrm_externaluserid":"42","scrm_platform":746500000}""", Encoding.UTF8, "application/json"));
                Assert.AreEqual(204, (int)created.StatusCode, await created.Content.ReadAsStringAsync());
                Assert.AreEqual(0, await first.StopAsync());
            }

            using var second = await ServeProcess.StartAsync("serve", "--port", "0", "--data", data, "--solution", SampleSolution.Folder);
            using var again = new HttpClient { BaseAddress = second.ServiceRoot };
            using var read = await again.GetAsync("scrm_socialprofiles?$select=scrm_name");
            var body = await Json.ReadAsync(read, 200);
            Assert.AreEqual("Ada", Json.Values(body)[0].GetProperty("scrm_name").GetString());
            Assert.IsTrue(File.Exists(Path.Combine(data, ServeCommand.DatabaseFileName)));
            Assert.AreEqual("127.0.0.1", second.ServiceRoot.Host);
            Assert.AreEqual("/api/data/v9.2/", second.ServiceRoot.AbsolutePath);
            Assert.AreEqual(0, await second.StopAsync());
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    [TestMethod]
    [DoNotParallelize] // It reads what the process's Console.Error receives: other classes' writes would land in it.
    public async Task Serve_with_a_solution_the_import_refuses_says_why_and_exits_1()
    {
        var data = Directory.CreateTempSubdirectory("localdataverse-serve-").FullName;
        var solution = Directory.CreateTempSubdirectory("refused-solution-").FullName;
        File.WriteAllText(Path.Combine(solution, "customizations.xml"), "<ImportExportXml><Entities>");
        var error = new StringWriter();
        var original = Console.Error;
        Console.SetError(error);
        try
        {
            Assert.AreEqual(1, await ServeCommand.RunAsync(new[] { "serve", "--port", "0", "--data", data, "--solution", solution }));
        }
        finally
        {
            Console.SetError(original);
            Directory.Delete(data, recursive: true);
            Directory.Delete(solution, recursive: true);
        }

        StringAssert.StartsWith(error.ToString(), $"serve: the solution {solution} was refused: ");
        StringAssert.Contains(error.ToString(), "customizations.xml is not well-formed XML");
    }

    [TestMethod]
    [DoNotParallelize] // It reads what the process's Console.Error receives: other classes' writes would land in it.
    public async Task Serve_on_a_port_another_process_listens_on_says_so_naming_the_address_and_exits_1()
    {
        var data = Directory.CreateTempSubdirectory("localdataverse-serve-").FullName;
        using var taken = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        taken.Start();
        var port = ((System.Net.IPEndPoint)taken.LocalEndpoint).Port;
        var error = new StringWriter();
        var original = Console.Error;
        Console.SetError(error);
        try
        {
            Assert.AreEqual(1, await ServeCommand.RunAsync(new[] { "serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--data", data, "--solution", SampleSolution.Folder }));
        }
        finally
        {
            Console.SetError(original);
            Directory.Delete(data, recursive: true);
        }

        StringAssert.StartsWith(error.ToString(), $"serve: --port {port}: ");
        StringAssert.Contains(error.ToString(), $"127.0.0.1:{port}: address already in use");
    }

    [TestMethod]
    public async Task Serve_with_a_token_on_stdin_answers_401_to_requests_without_it_and_serves_those_with_it()
    {
        var data = Directory.CreateTempSubdirectory("localdataverse-serve-").FullName;
        const string token = "a-token-only-the-parent-knows";
        try
        {
            using var served = await ServeProcess.StartWithInputAsync(token, "serve", "--port", "0", "--data", data, "--solution", SampleSolution.Folder, "--lifeline", "stdin", "--token", "stdin");
            using var client = new HttpClient { BaseAddress = served.ServiceRoot };

            using var anonymous = await client.GetAsync("scrm_socialprofiles");
            using var wrong = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "scrm_socialprofiles") { Headers = { Authorization = new("Bearer", "guessed") } });
            using var signedIn = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "scrm_socialprofiles") { Headers = { Authorization = new("Bearer", token) } });

            Assert.AreEqual(401, (int)anonymous.StatusCode);
            StringAssert.StartsWith(anonymous.Headers.WwwAuthenticate.ToString(), "Bearer authorization_uri=");
            Assert.AreEqual(401, (int)wrong.StatusCode);
            Assert.AreEqual(200, (int)signedIn.StatusCode, await signedIn.Content.ReadAsStringAsync());
            Assert.IsFalse(File.ReadAllText($"/proc/{served.Id}/cmdline").Contains(token, StringComparison.Ordinal), "the token is on the command line");
            served.CloseInput();
            Assert.AreEqual(0, await served.ExitCodeAsync(), "the lifeline still follows the token on the same pipe");
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    [TestMethod]
    public async Task Serve_with_a_stdin_lifeline_stops_when_its_input_closes_as_when_its_parent_dies()
    {
        var data = Directory.CreateTempSubdirectory("localdataverse-serve-").FullName;
        try
        {
            using var served = await ServeProcess.StartAsync("serve", "--port", "0", "--data", data, "--solution", SampleSolution.Folder, "--lifeline", "stdin");

            served.CloseInput();

            Assert.AreEqual(0, await served.ExitCodeAsync());
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    [TestMethod]
    public async Task Second_serve_of_a_data_folder_another_process_holds_is_refused_naming_the_folder()
    {
        var data = Directory.CreateTempSubdirectory("localdataverse-serve-").FullName;
        try
        {
            using var first = await ServeProcess.StartAsync("serve", "--port", "0", "--data", data, "--solution", SampleSolution.Folder);

            var refused = await Assert.ThrowsExactlyAsync<InvalidOperationException>(() =>
                ServeProcess.StartAsync("serve", "--port", "0", "--data", data, "--solution", SampleSolution.Folder));

            StringAssert.Contains(refused.Message, $"The data folder {data} is held by another LocalDataverse process");
            Assert.AreEqual(0, await first.StopAsync());
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    [TestMethod]
    [DataRow(new string[0], DisplayName = "no command")]
    [DataRow(new[] { "run" }, DisplayName = "another command")]
    [DataRow(new[] { "serve", "--port", "5555" }, DisplayName = "no data folder")]
    [DoNotParallelize] // It reads what the process's Console.Error receives.
    public async Task Serve_without_its_arguments_prints_usage_and_exits_2(string[] arguments)
    {
        var error = new StringWriter();
        var original = Console.Error;
        Console.SetError(error);
        try
        {
            Assert.AreEqual(2, await ServeCommand.RunAsync(arguments));
        }
        finally
        {
            Console.SetError(original);
        }

        StringAssert.StartsWith(error.ToString(), ServeCommand.Usage);
    }
}
