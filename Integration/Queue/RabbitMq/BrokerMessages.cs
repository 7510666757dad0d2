using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;
using RabbitMQ.Client;
using SocialCrm.Integration.Mentions;

namespace SocialCrm.Integration.Queue.RabbitMq;

/// <summary>
/// What the worker's messages carry on the broker: the mention as the queue's JSON in the body, and in headers its
/// source, which delivery comes next, the last error, and for a dead letter its id, reason and time.
/// </summary>
public sealed class BrokerMessages(RabbitMqTopology topology, TimeProvider clock)
{
    private const string SourceHeader = "socialcrm-source";
    private const string AttemptHeader = "socialcrm-attempt";
    private const string ErrorHeader = "socialcrm-error";
    private const string KeyHeader = "socialcrm-key";
    private const string LetterIdHeader = "socialcrm-letter-id";
    private const string ReasonHeader = "socialcrm-reason";
    private const string DeadLetteredOnHeader = "socialcrm-dead-lettered-on";

    /// <summary>A mention for its author's partition, through <paramref name="exchange"/> (the mentions exchange, or a delay's).</summary>
    public OutgoingMessage Mention(Mention mention, string source, int attempt, string? error, string? exchange = null)
    {
        var headers = new Dictionary<string, object?> { [SourceHeader] = source, [AttemptHeader] = attempt, [KeyHeader] = mention.Key };
        if (error != null)
        {
            headers[ErrorHeader] = error;
        }

        return new OutgoingMessage(exchange ?? topology.MentionsExchange, topology.PartitionOf(mention.AuthorKey), Persistent(headers),
            Encoding.UTF8.GetBytes(MentionJson.Serialize(mention)));
    }

    /// <summary>A dead letter; <paramref name="key"/> is empty for what a source received but could not turn into a mention.</summary>
    public OutgoingMessage Letter(string key, string source, string payload, int attempts, string reason) =>
        new("", topology.DeadLetterQueue, Persistent(new Dictionary<string, object?>
        {
            [LetterIdHeader] = RandomNumberGenerator.GetInt32(1, int.MaxValue),
            [KeyHeader] = key,
            [SourceHeader] = source,
            [AttemptHeader] = attempts,
            [ReasonHeader] = reason,
            [DeadLetteredOnHeader] = clock.GetUtcNow().ToUnixTimeMilliseconds(),
        }), Encoding.UTF8.GetBytes(payload));

    /// <summary>A delivered mention; throws <see cref="FormatException"/> or a JSON exception when the body is not one.</summary>
    public static (Mention Mention, string Source, int Attempt) ReadMention(IReadOnlyBasicProperties properties, ReadOnlyMemory<byte> body) =>
        (MentionJson.Deserialize(Encoding.UTF8.GetString(body.Span)), Text(properties, SourceHeader) ?? "unknown", (int)(Number(properties, AttemptHeader) ?? 1));

    /// <summary>
    /// A dead letter: one the worker wrote, or a mention the broker dead-lettered itself (a quorum partition's delivery
    /// limit), which carries the mention's headers and the broker's x-death instead of a letter's id, reason and time.
    /// </summary>
    public static DeadLetter ReadLetter(IReadOnlyBasicProperties properties, ReadOnlyMemory<byte> body)
    {
        var death = Text(properties, ReasonHeader) == null ? BrokerDeath.Read(properties) : null;
        return new(Number(properties, LetterIdHeader) ?? (death == null ? 0 : IdOf(death, body)),
            Text(properties, KeyHeader) ?? "",
            Text(properties, SourceHeader) ?? "unknown",
            Encoding.UTF8.GetString(body.Span),
            (int)(Number(properties, AttemptHeader) ?? 0),
            Text(properties, ReasonHeader) ?? death?.Describe() ?? "(no reason recorded)",
            Number(properties, DeadLetteredOnHeader) is { } on ? DateTimeOffset.FromUnixTimeMilliseconds(on) : death?.At ?? DateTimeOffset.UnixEpoch);
    }

    // A letter the broker made has no id of ours: one from what never changes while it waits, so `show` and `replay` find it.
    private static long IdOf(BrokerDeath death, ReadOnlyMemory<byte> body)
    {
        var hash = SHA256.HashData([.. Encoding.UTF8.GetBytes($"{death.Queue}|{death.Reason}|{death.At?.ToUnixTimeSeconds()}|"), .. body.Span]);
        return 1 + (BitConverter.ToUInt32(hash, 0) % (int.MaxValue - 1));
    }

    // Delivery mode 2: the broker writes the message to disk before it confirms it (https://www.rabbitmq.com/docs/confirms).
    private static BasicProperties Persistent(Dictionary<string, object?> headers) =>
        new() { Persistent = true, ContentType = "application/json", Headers = headers };

    private static object? Header(IReadOnlyBasicProperties properties, string header) =>
        properties.Headers != null && properties.Headers.TryGetValue(header, out var value) ? value : null;

    // AMQP tables carry strings as bytes (long strings) and numbers as the width they were written with.
    private static string? Text(IReadOnlyBasicProperties properties, string header) =>
        Header(properties, header) switch
        {
            byte[] bytes => Encoding.UTF8.GetString(bytes),
            string text => text,
            _ => null,
        };

    private static long? Number(IReadOnlyBasicProperties properties, string header) =>
        Header(properties, header) switch
        {
            int number => number,
            long number => number,
            _ => null,
        };
}
