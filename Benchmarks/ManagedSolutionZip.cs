using System.IO;
using System.Linq;
using System.Reflection;

namespace SocialCrm.Benchmarks;

/// <summary>The managed zip `dotnet build Solution` wrote for the configuration the benchmarks were built in.</summary>
internal static class ManagedSolutionZip
{
    public static string Path =>
        Directory.GetFiles(
            typeof(ManagedSolutionZip).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "SolutionOutput").Value!,
            "*_managed.zip").Single();
}
