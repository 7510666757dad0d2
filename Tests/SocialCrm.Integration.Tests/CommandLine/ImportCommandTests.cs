using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Integration.CommandLine;
using SocialCrm.Integration.Tests.Support;

namespace SocialCrm.Integration.Tests.CommandLine;

[TestClass]
public sealed class ImportCommandTests
{
    private readonly TestConsole console = new();
    private readonly string queuePath = Path.Combine(TempFolder.Create(), "queue.db");

    private Task<int> Run(params string[] args) => SocialCrmCommandLine.Create(new CommandEnvironment
    {
        Console = console.Console,
        Configure = config => config.AddInMemoryCollection(new Dictionary<string, string?> { ["Queue:Path"] = queuePath }),
    }).Parse(args).InvokeAsync();

    [TestMethod]
    public async Task Import_prints_the_accepted_count_and_each_rejected_line_and_exits_with_two()
    {
        var exitCode = await Run("import", Samples.Path("mentions.jsonl"));

        Assert.AreEqual(ImportCommand.SomeRejected, exitCode);
        StringAssert.Contains(console.Output, "Accepted: 3");
        StringAssert.Contains(console.Output, "Rejected: 3");
        StringAssert.Contains(console.Output, "externalPostId (scrm_externalpostid) is required");
    }

    [TestMethod]
    public async Task Import_names_the_unknown_field_on_each_rejected_line_and_lists_a_mentions_fields_once()
    {
        var file = Path.Combine(TempFolder.Create(), "mentions.jsonl");
        await File.WriteAllLinesAsync(file, Enumerable.Range(1, 3).Select(i =>
            $$"""{"platform":"x","externalPostId":"{{i}}","authorExternalId":"9","text":"hi","postedOn":"2025-03-01T09:00:00Z","colour":"red"}"""));

        Assert.AreEqual(ImportCommand.SomeRejected, await Run("import", file));

        Assert.AreEqual(3, Regex.Matches(console.Output, "colour is not a field of a mention").Count);
        Assert.AreEqual(1, Regex.Matches(console.Output, "A mention's fields are: ").Count);
        StringAssert.Contains(console.Output.Replace("\n", " ", System.StringComparison.Ordinal), "externalPostId");
    }

    [TestMethod]
    public async Task Status_after_an_import_shows_what_waits_in_the_same_queue()
    {
        await Run("import", Samples.Path("mentions.csv"));

        var exitCode = await Run("status");

        Assert.AreEqual(0, exitCode);
        StringAssert.Matches(console.Output, new System.Text.RegularExpressions.Regex(@"│\s*3\s*│\s*0\s*│\s*0\s*│"));
    }

    [TestMethod]
    public async Task Import_of_a_file_whose_format_cannot_be_told_fails_with_one()
    {
        var file = Path.Combine(TempFolder.Create(), "mentions.txt");
        await File.WriteAllTextAsync(file, "{}");

        Assert.AreEqual(1, await Run("import", file));
        StringAssert.Contains(console.Output, "cannot tell the format from '.txt'");
    }

    [TestMethod]
    public async Task Import_and_status_print_the_absolute_path_of_the_queue_they_use()
    {
        await Run("import", Samples.Path("mentions.csv"));
        await Run("status");

        var printed = console.Output.Replace("\n", string.Empty, System.StringComparison.Ordinal);
        Assert.AreEqual(2, System.Text.RegularExpressions.Regex.Matches(printed, System.Text.RegularExpressions.Regex.Escape(Path.GetFullPath(queuePath))).Count);
    }

    [TestMethod]
    public async Task Status_says_an_account_that_revoked_access_is_stopped_and_counts_removals()
    {
        var revocations = new SocialCrm.Integration.Sources.Access.SqliteAccessRevocations(
            Microsoft.Extensions.Options.Options.Create(new SocialCrm.Integration.Queue.QueueOptions { Path = queuePath }));
        await revocations.RevokeAsync(new("webhook:x", "63046977", new System.DateTimeOffset(2025, 3, 1, 9, 48, 12, System.TimeSpan.Zero)), default);

        await Run("status");

        StringAssert.Contains(console.Output, "webhook:x account 63046977: access revoked since 2025-03-01 09:48:12Z");
        StringAssert.Contains(console.Output, "Removals: 0 mentions marked");
    }
}
