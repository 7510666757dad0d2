using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Integration.Queue;
using SocialCrm.Integration.Removals;
using SocialCrm.Integration.Sources.Streams;

namespace SocialCrm.Integration.Tests.Support;

/// <summary>
/// The worker's streams and queue, wired by the worker's own Add methods, in a host a test starts, stops and starts
/// again on the same folder (a restart keeps the queue, the removals and the stream cursors).
/// </summary>
public sealed class StreamRig : IAsyncDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly Dictionary<string, string?> settings;
    private IHost? host;

    public StreamRig(Dictionary<string, string?> settings)
    {
        Folder = TempFolder.Create("socialcrm-streams-");
        this.settings = new Dictionary<string, string?>(settings) { ["Queue:Path"] = Path.Combine(Folder, "queue.db") };
    }

    public string Folder { get; }

    public ListLoggerProvider Log { get; } = new();

    public IServiceProvider Services => host?.Services ?? throw new InvalidOperationException("Start the rig first.");

    public SqliteMentionQueue Queue => Services.GetRequiredService<SqliteMentionQueue>();

    public IRemovalStore Removals => Services.GetRequiredService<IRemovalStore>();

    public IEditStore Edits => Services.GetRequiredService<IEditStore>();

    public async Task StartAsync()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.AddProvider(Log);
        builder.Services.AddMentionQueue(builder.Configuration);
        builder.Services.AddStreams(builder.Configuration);
        host = builder.Build();
        await host.StartAsync();
    }

    public async Task StopAsync()
    {
        if (host != null)
        {
            await host.StopAsync();
            host.Dispose();
            host = null;
        }
    }

    /// <summary>The ids of the queued mentions, waiting until there are <paramref name="count"/>.</summary>
    public async Task<IReadOnlyList<QueuedMention>> QueuedAsync(int count)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var status = await Services.GetRequiredService<IQueueMonitor>().StatusAsync(0, CancellationToken.None);
            if (status.Pending >= count || DateTime.UtcNow > deadline)
            {
                break;
            }

            await Task.Delay(20);
        }

        var queued = await Queue.ReceiveAsync(100, CancellationToken.None);
        await Queue.AbandonAsync(queued, TimeSpan.Zero, "looked at by the test", CancellationToken.None);
        Assert.HasCount(count, queued, "queued mentions: " + string.Join(", ", queued.Select(m => m.Mention.ExternalPostId)));
        return queued;
    }

    /// <summary>
    /// Waits until the stream's saved cursor reads <paramref name="cursor"/>. A stream moves its cursor just after the
    /// intake made an event durable, so a test that stops the rig once the mention is queued, and then asserts where
    /// the restart resumes, waits for this first: a stop in between replays the event, as a crash would.
    /// </summary>
    public async Task CursorSavedAsync(string stream, string cursor)
    {
        var state = Services.GetRequiredService<StreamStateStore>();
        var deadline = DateTime.UtcNow + Patience;
        while (await state.GetAsync(stream, CancellationToken.None) != cursor)
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"The cursor of {stream} never reached {cursor}. Log:\n{string.Join("\n", Log.Messages)}");
            }

            await Task.Delay(20);
        }
    }

    /// <summary>Waits until the log holds a line containing <paramref name="text"/>.</summary>
    public async Task LoggedAsync(string text)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!Log.Messages.Any(m => m.Contains(text, StringComparison.Ordinal)))
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Never logged '{text}'. Log:\n{string.Join("\n", Log.Messages)}");
            }

            await Task.Delay(20);
        }
    }

    /// <summary>Waits until <paramref name="condition"/> holds, failing with the log after the rig's patience.</summary>
    public Task UntilAsync(Func<Task<bool>> condition, string what) => Until.TrueAsync(condition, what, Log, Patience);

    public async ValueTask DisposeAsync() => await StopAsync();
}
