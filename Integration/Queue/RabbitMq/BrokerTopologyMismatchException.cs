using System;
using System.Text.RegularExpressions;

namespace SocialCrm.Integration.Queue.RabbitMq;

/// <summary>
/// The broker's queues under this prefix were declared by a worker with another partition count or queue type. Started
/// anyway, the two would send one author's mentions to two partitions (and two workers) and break their order.
/// </summary>
public sealed partial class BrokerTopologyMismatchException(string message) : InvalidOperationException(message)
{
    /// <summary>Names both values from the broker's refusal, e.g. "inequivalent arg 'x-max-length' for queue 'p.partitions'
    /// in vhost '/': received the value '4' of type 'signedint' but current is the value '8' of type 'long'".</summary>
    public static BrokerTopologyMismatchException From(RabbitMqOptions options, string queue, string refusal)
    {
        var argument = Argument().Match(refusal);
        var current = Current().Match(refusal);
        var theirs = current.Success ? current.Groups[1].Value : "something else";
        return argument.Groups[1].Value switch
        {
            "x-max-length" => new($"Queue:RabbitMq:Partitions is {options.Partitions} here but {theirs} on the broker for prefix '{options.Prefix}'. " +
                "Every worker on a broker must use the same count (it decides which partition an author's mentions go to). Set it to " +
                $"{theirs}, or change the count for all workers only once the queues are drained, after deleting the queue '{queue}'. " +
                $"The broker said: {refusal}"),
            "x-queue-type" => new($"Queue:RabbitMq:QueueType is {options.QueueType} here but the broker's queue '{queue}' is " +
                $"{(current.Success ? theirs : "classic")}. A queue's type cannot change: use the broker's type, or drain and delete the queues " +
                $"under prefix '{options.Prefix}' (or pick another Queue:RabbitMq:Prefix). The broker said: {refusal}"),
            "x-delivery-limit" => new($"Queue:RabbitMq:DeliveryLimit is {options.DeliveryLimit?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "unset"} " +
                $"here but the broker's queue '{queue}' was declared with {(current.Success ? theirs : "none")}. A queue's arguments cannot change: " +
                "use the broker's value, or leave the setting unset and give the partitions a delivery limit by a policy " +
                $"(rabbitmqctl set_policy --apply-to quorum_queues, key delivery-limit). The broker said: {refusal}"),
            _ => new($"The broker refused to declare '{queue}' as configured under Queue:RabbitMq: {refusal}"),
        };
    }

    [GeneratedRegex("inequivalent arg '([^']+)'")]
    private static partial Regex Argument();

    [GeneratedRegex("but current is (?:the value )?'([^']*)'")]
    private static partial Regex Current();
}
