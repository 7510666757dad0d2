using System;
using System.CommandLine;
using System.IO;
using SocialCrm.Solution;

namespace SocialCrm.Integration.CommandLine;

/// <summary>`socialcrm solution pack`: builds the importable zips from the unpacked solution source.</summary>
public static class SolutionCommands
{
    public static Command Create()
    {
        var source = new Option<DirectoryInfo>("--source") { Description = "the unpacked solution source", DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("Solution", "src")) };
        var output = new Option<DirectoryInfo>("--output") { Description = "where the zips are written", DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("Solution", "bin", "Release")) };
        var assemblies = new Option<FileInfo[]>("--assembly") { Description = "a plug-in or workflow assembly to embed (repeatable)", AllowMultipleArgumentsPerToken = true };

        var pack = new Command("pack", "Build SocialCrm_<version>_unmanaged.zip and _managed.zip") { source, output, assemblies };
        pack.SetAction(parse => Pack(parse.GetValue(source)!, parse.GetValue(output)!, parse.GetValue(assemblies) ?? Array.Empty<FileInfo>()));

        return new Command("solution", "Work with the Dataverse solution") { pack };
    }

    private static int Pack(DirectoryInfo source, DirectoryInfo output, FileInfo[] assemblies)
    {
        try
        {
            var result = SolutionPacker.Pack(source.FullName, output.FullName, Array.ConvertAll(assemblies, a => a.FullName));
            Console.WriteLine($"{result.UniqueName} {result.Version}");
            Console.WriteLine($"  unmanaged: {result.UnmanagedZip}");
            Console.WriteLine($"  managed:   {result.ManagedZip}");
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
