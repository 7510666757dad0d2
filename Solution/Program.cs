using System;
using System.IO;
using System.Linq;
using SocialCrm.Solution;
using SocialCrm.Solution.Writing;

// The build's way into the packer: `dotnet SocialCrm.Solution.dll pack <source> <output> [assembly... | control build folder... | data folder]`.
// A handed folder with a data_schema.xml is the configuration data package's source; other folders are built controls.
// Problems are printed in MSBuild's "file(line): error CODE: message" form, so the build lists them as errors.
if (args.Length < 3 || args[0] != "pack")
{
    Console.Error.WriteLine("usage: SocialCrm.Solution pack <source folder> <output folder> [plug-in assembly... | built control folder... | configuration data folder]");
    return 2;
}

try
{
    var handed = args.Skip(3).ToList();
    var folders = handed.Where(Directory.Exists).ToList();
    var data = folders.FirstOrDefault(ConfigurationDataZipWriter.IsDataFolder);
    var result = SolutionPacker.Pack(args[1], args[2], handed.Where(h => !Directory.Exists(h)), folders.Where(f => f != data), data);
    Console.WriteLine($"{result.UniqueName} {result.Version}: {result.UnmanagedZip}");
    Console.WriteLine($"{result.UniqueName} {result.Version}: {result.ManagedZip}");
    if (result.DataZip != null)
    {
        Console.WriteLine($"{result.UniqueName} {result.Version}: {result.DataZip}");
    }

    foreach (var control in result.UnbuiltControls)
    {
        Console.WriteLine($"{result.UniqueName}: the code component {control} is not built, so the zips lack Controls/{control}/ (ControlManifest.xml, bundle.js) "
            + "and will not import. Install Node.js and npm and build again (dotnet build Controls).");
    }
    return 0;
}
catch (SolutionValidationException e)
{
    foreach (var problem in e.Problems)
    {
        var file = Path.IsPathRooted(problem.File) ? problem.File : Path.Combine(Path.GetFullPath(args[1]), problem.File);
        Console.WriteLine($"{file}({problem.Line}): error SCRMSOL: {problem.Element}: {problem.Message}");
    }

    return 1;
}
