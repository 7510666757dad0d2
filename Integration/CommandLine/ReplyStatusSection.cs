using System;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using SocialCrm.Integration.Replies;
using Spectre.Console;

namespace SocialCrm.Integration.CommandLine;

/// <summary>What `status` says about replies: the network accounts stopped by rejected credentials, which need a person.</summary>
public static class ReplyStatusSection
{
    public static async Task WriteAsync(IServiceProvider services, IAnsiConsole console, CancellationToken cancellationToken)
    {
        foreach (var stopped in await services.GetRequiredService<ReplyOutbox>().StoppedAccountsAsync(cancellationToken))
        {
            console.MarkupLineInterpolated(
                $"[red]Replies to {stopped.Platform} stopped since {stopped.Since.ToString("u", CultureInfo.InvariantCulture)}: {ReplyDelivery.CredentialsRejected} ({stopped.Reason}). Fix its credentials in the worker's Replies settings and restart the worker.[/]");
        }
    }
}
