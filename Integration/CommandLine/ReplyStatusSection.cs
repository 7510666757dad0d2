using System;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using SocialCrm.Integration.Replies;
using Spectre.Console;

namespace SocialCrm.Integration.CommandLine;

/// <summary>
/// What `status` says about replies that need a person: the network accounts stopped by rejected credentials, and the
/// replies on their network that Dataverse refused to record.
/// </summary>
public static class ReplyStatusSection
{
    public static async Task WriteAsync(IServiceProvider services, IAnsiConsole console, CancellationToken cancellationToken)
    {
        var outbox = services.GetRequiredService<ReplyOutbox>();
        foreach (var stopped in await outbox.StoppedAccountsAsync(cancellationToken))
        {
            console.MarkupLineInterpolated(
                $"[red]Replies to {stopped.Platform} stopped since {stopped.Since.ToString("u", CultureInfo.InvariantCulture)}: {ReplyDelivery.CredentialsRejected} ({stopped.Reason}). Fix its credentials in the worker's Replies settings and restart the worker.[/]");
        }

        foreach (var unrecorded in await outbox.UnrecordedRepliesAsync(cancellationToken))
        {
            console.MarkupLineInterpolated(
                $"[yellow]Reply {unrecorded.ReplyId} is {unrecorded.WhatHappened} (since {unrecorded.Since.ToString("u", CultureInfo.InvariantCulture)}). It will not be posted again; record its post id by hand if it matters.[/]");
        }
    }
}
