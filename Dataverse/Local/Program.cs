using System.Threading.Tasks;
using SocialCrm.Dataverse.Local.WebApi.Hosting;

namespace SocialCrm.Dataverse.Local;

/// <summary>The command line: <c>dotnet run --project Dataverse/Local -- serve --port 5555 --data &lt;folder&gt;</c>.</summary>
internal static class Program
{
    // In a namespace rather than top-level statements, so the projects that see this assembly's internals keep their own Program.
    private static Task<int> Main(string[] args) => ServeCommand.RunAsync(args);
}
