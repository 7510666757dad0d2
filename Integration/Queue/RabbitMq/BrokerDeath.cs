using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using RabbitMQ.Client;

namespace SocialCrm.Integration.Queue.RabbitMq;

/// <summary>
/// Why the broker itself dead-lettered a message, from the x-death header it adds: an array of tables, one per queue and
/// reason, the most recent first, each with reason (rejected, expired, maxlen, delivery_limit), queue, count, time,
/// exchange and routing-keys (https://www.rabbitmq.com/docs/dlx#effects). A quorum partition past its delivery limit
/// dead-letters a message this way, with none of the worker's own letter headers.
/// </summary>
public sealed record BrokerDeath(string Reason, string Queue, long Count, DateTimeOffset? At)
{
    private const string Header = "x-death";

    /// <summary>The latest entry of the message's x-death header; null when the broker never dead-lettered it.</summary>
    public static BrokerDeath? Read(IReadOnlyBasicProperties properties)
    {
        if (properties.Headers == null || !properties.Headers.TryGetValue(Header, out var deaths)
            || deaths is not IEnumerable entries || First(entries) is not IDictionary<string, object?> latest)
        {
            return null;
        }

        return new BrokerDeath(
            Text(latest, "reason") ?? "unknown",
            Text(latest, "queue") ?? "an unknown queue",
            latest.TryGetValue("count", out var count) && count is long or int ? Convert.ToInt64(count, CultureInfo.InvariantCulture) : 1,
            latest.TryGetValue("time", out var time) && time is AmqpTimestamp stamp ? DateTimeOffset.FromUnixTimeSeconds(stamp.UnixTime) : null);
    }

    /// <summary>"The broker dead-lettered it: delivery_limit on socialcrm.mentions.3 (count 1)", as `deadletter` shows it.</summary>
    public string Describe() =>
        $"The broker dead-lettered it: {Reason} on {Queue} (count {Count.ToString(CultureInfo.InvariantCulture)})"
        + (Reason == "delivery_limit" ? ", delivered more times than the queue's delivery limit (x-delivery-limit) allows." : ".");

    private static object? First(IEnumerable entries)
    {
        foreach (var entry in entries)
        {
            return entry;
        }

        return null;
    }

    // AMQP tables carry strings as bytes.
    private static string? Text(IDictionary<string, object?> table, string field) =>
        table.TryGetValue(field, out var value) ? value switch
        {
            byte[] bytes => Encoding.UTF8.GetString(bytes),
            string text => text,
            _ => null,
        } : null;
}
