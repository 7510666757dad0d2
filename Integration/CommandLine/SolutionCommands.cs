using System;
using System.CommandLine;
using System.IO;
using SocialCrm.Integration.Local;
using SocialCrm.Solution;

namespace SocialCrm.Integration.CommandLine;

/// <summary>`socialcrm solution pack`: builds the importable zips from the unpacked solution source.</summary>
public static class SolutionCommands
{
    public static Command Create()
    {
        var source = new Option<DirectoryInfo>("--source") { Description = "the unpacked solution source", DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("Solution", "src")) };
        var output = new Option<DirectoryInfo?>("--output") { Description = "where the zips are written; default: Solution/bin/<configuration>" };
        var assemblies = new Option<FileInfo[]>("--assembly") { Description = "an assembly to embed (repeatable); default: the net462 builds of Plugins and WorkflowActivities beside the source", AllowMultipleArgumentsPerToken = true };
        // Default to this build's configuration: `dotnet run` builds Debug, and with it the Debug plug-ins to embed.
        var configuration = new Option<string>("--configuration") { Description = "the build configuration of the default assemblies and output", DefaultValueFactory = _ => BuildLayout.Configuration };

        var pack = new Command("pack", "Build SocialCrm_<version>_unmanaged.zip and _managed.zip") { source, output, assemblies, configuration };
        pack.SetAction(parse =>
        {
            var sourceDir = parse.GetValue(source)!;
            var given = parse.GetValue(assemblies);
            var config = parse.GetValue(configuration)!;
            var embedded = given is { Length: > 0 } ? given : BuiltAssemblies(sourceDir, config);
            return Pack(sourceDir, parse.GetValue(output) ?? new DirectoryInfo(Path.Combine("Solution", "bin", config)), embedded);
        });

        return new Command("solution", "Work with the Dataverse solution") { pack };
    }

    /// <summary>The repository's net462 builds, found from Solution/src: the assemblies Dataverse loads.</summary>
    private static FileInfo[] BuiltAssemblies(DirectoryInfo source, string configuration)
    {
        var repo = source.Parent?.Parent?.FullName ?? source.FullName;
        return
        [
            new FileInfo(Path.Combine(repo, "Plugins", "bin", configuration, "net462", "SocialCrm.Plugins.dll")),
            new FileInfo(Path.Combine(repo, "WorkflowActivities", "bin", configuration, "net462", "SocialCrm.WorkflowActivities.dll")),
        ];
    }

    private static int Pack(DirectoryInfo source, DirectoryInfo output, FileInfo[] assemblies)
    {
        var missing = Array.FindAll(assemblies, a => !a.Exists);
        if (missing.Length > 0)
        {
            foreach (var assembly in missing)
            {
                Console.Error.WriteLine($"{assembly.FullName}: not built; build Plugins and WorkflowActivities (net462) in that configuration first.");
            }
            return 1;
        }
        try
        {
            // The seed escalation rules sit beside the source (Solution/data) and travel as a data package beside the zips.
            var data = Path.Combine(source.Parent?.FullName ?? source.FullName, "data");
            var result = SolutionPacker.Pack(source.FullName, output.FullName, Array.ConvertAll(assemblies, a => a.FullName),
                dataDirectory: Directory.Exists(data) ? data : null);
            Console.WriteLine($"{result.UniqueName} {result.Version}");
            Console.WriteLine($"  unmanaged: {result.UnmanagedZip}");
            Console.WriteLine($"  managed:   {result.ManagedZip}");
            if (result.DataZip != null)
            {
                Console.WriteLine($"  data:      {result.DataZip}");
            }

            return 0;
        }
        catch (SolutionValidationException e)
        {
            foreach (var problem in e.Problems)
            {
                Console.Error.WriteLine($"{problem.File}({problem.Line}): {problem.Element}: {problem.Message}");
            }
            return 1;
        }
    }
}
