using System;
using System.IO;
using System.Linq;
using SocialCrm.Solution;

// The build's way into the packer: `dotnet SocialCrm.Solution.dll pack <source> <output> [assembly...]`.
// Problems are printed in MSBuild's "file(line): error CODE: message" form, so the build lists them as errors.
if (args.Length < 3 || args[0] != "pack")
{
    Console.Error.WriteLine("usage: SocialCrm.Solution pack <source folder> <output folder> [plug-in assembly...]");
    return 2;
}

try
{
    var result = SolutionPacker.Pack(args[1], args[2], args.Skip(3));
    Console.WriteLine($"{result.UniqueName} {result.Version}: {result.UnmanagedZip}");
    Console.WriteLine($"{result.UniqueName} {result.Version}: {result.ManagedZip}");
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
