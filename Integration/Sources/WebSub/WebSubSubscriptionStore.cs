using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using SocialCrm.Integration.Queue;

namespace SocialCrm.Integration.Sources.WebSub;

/// <summary>
/// The WebSub subscriptions in websub.db beside the queue: each topic's secret, what was asked of the hub, the lease it
/// granted and when the subscriber next turns to the hub (to ask again when no verification came, to renew before the
/// lease ends). A restarted worker keeps its secrets and leases, so the hub's notifications still verify.
/// </summary>
public sealed class WebSubSubscriptionStore(IOptions<QueueOptions> queue, TimeProvider clock)
{
    public const string FileName = "websub.db";

    private readonly SqliteSideFile file = new(queue.Value, FileName, """
        CREATE TABLE IF NOT EXISTS subscriptions (topic TEXT PRIMARY KEY, callback_key TEXT NOT NULL UNIQUE, secret TEXT NOT NULL,
            mode TEXT NOT NULL, lease_seconds INTEGER NULL, expires_on INTEGER NULL, due_on INTEGER NOT NULL, last_error TEXT NULL);
        """);

    /// <summary>Keeps a topic to subscribe to, with <paramref name="secret"/> when it is new; a known topic keeps its
    /// secret and lease, and is asked for again if it was being unsubscribed.</summary>
    public Task WantAsync(YouTubeTopic topic, string secret, CancellationToken cancellationToken) =>
        file.RunAsync(async (command, ct) =>
        {
            command.CommandText = """
                INSERT INTO subscriptions (topic, callback_key, secret, mode, due_on) VALUES ($topic, $key, $secret, 'subscribe', 0)
                ON CONFLICT (topic) DO UPDATE SET due_on = CASE WHEN mode = 'subscribe' THEN due_on ELSE 0 END, mode = 'subscribe';
                """;
            Add(command, ("$topic", topic.Topic.ToString()), ("$key", topic.ChannelId), ("$secret", secret));
            await command.ExecuteNonQueryAsync(ct);
        }, cancellationToken);

    /// <summary>Marks every subscribed topic not in <paramref name="wanted"/> for unsubscribing (a channel taken out of the
    /// settings).</summary>
    public Task UnwantOthersAsync(IReadOnlyCollection<YouTubeTopic> wanted, CancellationToken cancellationToken) =>
        file.RunAsync(async (command, ct) =>
        {
            var names = new List<string>();
            foreach (var topic in wanted)
            {
                names.Add("$t" + names.Count);
                command.Parameters.AddWithValue(names[^1], topic.Topic.ToString());
            }

            command.CommandText = $"UPDATE subscriptions SET mode = 'unsubscribe', due_on = 0 WHERE mode = 'subscribe'"
                + (names.Count == 0 ? ";" : $" AND topic NOT IN ({string.Join(", ", names)});");
            await command.ExecuteNonQueryAsync(ct);
        }, cancellationToken);

    /// <summary>The subscriptions the subscriber must turn to the hub for now.</summary>
    public Task<IReadOnlyList<WebSubSubscription>> DueAsync(CancellationToken cancellationToken) =>
        SelectAsync("WHERE due_on <= $now", cancellationToken, ("$now", Now()));

    /// <summary>When the next subscription falls due, if any does.</summary>
    public async Task<DateTimeOffset?> NextDueAsync(CancellationToken cancellationToken)
    {
        DateTimeOffset? next = null;
        await file.RunAsync(async (command, ct) =>
        {
            command.CommandText = "SELECT MIN(due_on) FROM subscriptions;";
            next = await command.ExecuteScalarAsync(ct) is long due ? DateTimeOffset.FromUnixTimeMilliseconds(due) : null;
        }, cancellationToken);
        return next;
    }

    public async Task<WebSubSubscription?> FindAsync(string key, CancellationToken cancellationToken)
    {
        var found = await SelectAsync("WHERE callback_key = $key", cancellationToken, ("$key", key));
        return found.Count == 0 ? null : found[0];
    }

    /// <summary>The hub took the request (or failed): the subscriber turns to it again at <paramref name="again"/> unless a
    /// verification comes first.</summary>
    public Task AskedAsync(Uri topic, DateTimeOffset again, string? error, CancellationToken cancellationToken) =>
        UpdateAsync("due_on = $due, last_error = $error", topic, cancellationToken, ("$due", again.ToUnixTimeMilliseconds()), ("$error", (object?)error ?? DBNull.Value));

    /// <summary>The hub verified the subscription with a lease of <paramref name="leaseSeconds"/>: it is renewed once
    /// three quarters of the lease have passed.</summary>
    public Task VerifiedAsync(Uri topic, int leaseSeconds, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return UpdateAsync("lease_seconds = $lease, expires_on = $expires, due_on = $due, last_error = NULL", topic, cancellationToken,
            ("$lease", leaseSeconds), ("$expires", now.AddSeconds(leaseSeconds).ToUnixTimeMilliseconds()),
            ("$due", now.AddSeconds(leaseSeconds * 0.75).ToUnixTimeMilliseconds()));
    }

    /// <summary>The hub confirmed an unsubscription: the topic is forgotten, secret and all.</summary>
    public Task ForgetAsync(Uri topic, CancellationToken cancellationToken) =>
        file.RunAsync(async (command, ct) =>
        {
            command.CommandText = "DELETE FROM subscriptions WHERE topic = $topic AND mode = 'unsubscribe';";
            Add(command, ("$topic", topic.ToString()));
            await command.ExecuteNonQueryAsync(ct);
        }, cancellationToken);

    private Task UpdateAsync(string set, Uri topic, CancellationToken cancellationToken, params (string Name, object Value)[] values) =>
        file.RunAsync(async (command, ct) =>
        {
            command.CommandText = $"UPDATE subscriptions SET {set} WHERE topic = $topic;";
            Add(command, [("$topic", topic.ToString()), .. values]);
            await command.ExecuteNonQueryAsync(ct);
        }, cancellationToken);

    private async Task<IReadOnlyList<WebSubSubscription>> SelectAsync(string where, CancellationToken cancellationToken, params (string Name, object Value)[] values)
    {
        var found = new List<WebSubSubscription>();
        await file.RunAsync(async (command, ct) =>
        {
            command.CommandText = $"SELECT topic, callback_key, secret, mode, expires_on FROM subscriptions {where} ORDER BY due_on;";
            Add(command, values);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                found.Add(new WebSubSubscription(new Uri(reader.GetString(0)), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                    reader.IsDBNull(4) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(4))));
            }
        }, cancellationToken);
        return found;
    }

    private long Now() => clock.GetUtcNow().ToUnixTimeMilliseconds();

    private static void Add(SqliteCommand command, params (string Name, object Value)[] values)
    {
        foreach (var (name, value) in values)
        {
            command.Parameters.AddWithValue(name, value);
        }
    }
}
