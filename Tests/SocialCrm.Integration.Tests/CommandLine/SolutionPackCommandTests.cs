using System.IO;
using System.IO.Compression;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Integration.CommandLine;
using SocialCrm.Integration.Local;
using SocialCrm.Tests.Shared;

namespace SocialCrm.Integration.Tests.CommandLine;

[TestClass]
public sealed class SolutionPackCommandTests
{
    [TestMethod]
    public void Solution_pack_writes_the_unmanaged_and_managed_zips_of_the_source_and_the_seed_rules_data_package()
    {
        var output = Directory.CreateTempSubdirectory("socialcrm-pack-").FullName;
        var source = Path.Combine(BuiltAssemblies.RepoRoot, "Solution", "src");

        var exitCode = SocialCrmCommandLine.Create().Parse(["solution", "pack", "--source", source, "--output", output]).Invoke();

        Assert.AreEqual(0, exitCode);
        var zips = Directory.GetFiles(output, "*.zip").Select(Path.GetFileName).Order().ToArray();
        CollectionAssert.AreEqual(new[] { "SocialCrm_1_0_0_0_data.zip", "SocialCrm_1_0_0_0_managed.zip", "SocialCrm_1_0_0_0_unmanaged.zip" }, zips);
        using var managed = ZipFile.OpenRead(Path.Combine(output, "SocialCrm_1_0_0_0_managed.zip"));
        var entries = managed.Entries.Select(e => e.FullName).ToArray();
        CollectionAssert.IsSubsetOf(new[] { "[Content_Types].xml", "solution.xml", "customizations.xml" }, entries);
        Assert.IsTrue(entries.Any(e => e.EndsWith("/SocialCrm.Plugins.dll")), "the freshly built plug-in assembly is embedded");
        Assert.IsTrue(entries.Any(e => e.EndsWith("/SocialCrm.WorkflowActivities.dll")), "the workflow activity assembly is embedded");
    }

    [TestMethod]
    public void Solution_pack_of_a_broken_source_fails_and_writes_no_zip()
    {
        var source = Directory.CreateTempSubdirectory("socialcrm-broken-").FullName;
        var output = Directory.CreateTempSubdirectory("socialcrm-pack-").FullName;

        var exitCode = SocialCrmCommandLine.Create().Parse(["solution", "pack", "--source", source, "--output", output]).Invoke();

        Assert.AreNotEqual(0, exitCode);
        Assert.AreEqual(0, Directory.GetFiles(output, "*.zip").Length);
    }

    [TestMethod]
    public void Solution_pack_with_an_assembly_not_built_fails_and_writes_no_zip()
    {
        var output = Directory.CreateTempSubdirectory("socialcrm-pack-").FullName;
        var source = Path.Combine(BuiltAssemblies.RepoRoot, "Solution", "src");
        var notBuilt = Path.Combine(output, "SocialCrm.Plugins.dll");

        var exitCode = SocialCrmCommandLine.Create().Parse(["solution", "pack", "--source", source, "--output", output, "--assembly", notBuilt]).Invoke();

        Assert.AreNotEqual(0, exitCode);
        Assert.AreEqual(0, Directory.GetFiles(output, "*.zip").Length);
    }

    /// <summary>`dotnet run --project Integration -- solution pack` on a fresh clone builds Debug only, so the command's
    /// default must be the configuration it was built in, not Release.</summary>
    [TestMethod]
    public void The_default_configuration_is_the_one_the_command_line_was_built_in()
    {
        Assert.AreEqual(BuiltAssemblies.Configuration, BuildLayout.Configuration);
    }
}
