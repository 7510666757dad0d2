using System.CommandLine;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SocialCrm.Integration.Hosting;
using SocialCrm.Integration.Local;

namespace SocialCrm.Integration.CommandLine;

/// <summary>`socialcrm run`: the worker, until Ctrl+C; exits 1 when its LocalDataverse child failed or died.</summary>
public static class RunCommand
{
    public static Command Create(CommandEnvironment environment)
    {
        var command = new Command("run", "Run the worker (webhooks, feed pollers, queue, Dataverse sink) until Ctrl+C; without DataverseSink:Url it runs LocalDataverse too");
        command.SetAction((_, ct) => RunAsync(environment, ct));
        return command;
    }

    private static async Task<int> RunAsync(CommandEnvironment environment, CancellationToken cancellationToken)
    {
        await using var app = WorkerHost.Build(environment);
        await app.StartAsync(cancellationToken);
        await app.WaitForShutdownAsync(cancellationToken);
        return app.Services.GetService<LocalDataverseProcess>()?.Failed == true ? 1 : 0;
    }
}
