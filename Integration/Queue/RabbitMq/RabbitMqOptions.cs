using System;
using System.Collections.Generic;
using System.ComponentModel.DataAnnotations;

namespace SocialCrm.Integration.Queue.RabbitMq;

/// <summary>The "Queue:RabbitMq" section: the broker and how the mentions are spread over it.</summary>
public sealed class RabbitMqOptions : IValidatableObject
{
    public const string Section = "Queue:RabbitMq";

    /// <summary>The broker, amqp://user:password@host:5672/vhost (amqps:// for TLS).</summary>
    [Required]
    public Uri Uri { get; set; } = new("amqp://localhost:5672/");

    /// <summary>
    /// Queues the authors are spread over. Every worker on a broker must use the same number: it decides which queue an
    /// author's mentions go to. More partitions let more workers write side by side (one active consumer per partition).
    /// </summary>
    [Range(1, 1024)]
    public int Partitions { get; set; } = 8;

    /// <summary>
    /// Classic (the default, a single node's layout) or Quorum: replicated durable queues, RabbitMQ's recommended type
    /// for data that must survive a node (https://www.rabbitmq.com/docs/quorum-queues). A queue's type cannot change:
    /// every worker on a broker must use the same one.
    /// </summary>
    public RabbitMqQueueType QueueType { get; set; } = RabbitMqQueueType.Classic;

    /// <summary>
    /// Quorum queues only: how many times a partition delivers one mention before the broker gives up on it and
    /// dead-letters it (x-delivery-limit), e.g. a mention that makes every worker crash. Unset, the partitions are declared
    /// without it and the broker's default holds: no limit before RabbitMQ 4.0, 20 from 4.0
    /// (https://www.rabbitmq.com/docs/quorum-queues#poison-message-handling). A queue's arguments cannot change once it is
    /// declared, so on partitions declared without it (or with another value) the worker refuses to start; set the limit
    /// there by a policy instead, which applies to existing queues: rabbitmqctl set_policy --apply-to quorum_queues
    /// socialcrm-delivery-limit '^socialcrm\.mentions\.' '{"delivery-limit": 10}' (README, "Several workers on one broker").
    /// </summary>
    [Range(1, 1_000_000)]
    public int? DeliveryLimit { get; set; }

    /// <summary>
    /// The management plug-in's HTTP API (http://host:15672/, or under its path prefix: http://host:15672/rabbitmq, with or
    /// without the trailing '/'), optional. With it `status` counts the mentions workers
    /// hold unacknowledged and those waiting out a retry delay, which AMQP cannot tell; it signs in with the broker
    /// Uri's user, who needs the monitoring tag (https://www.rabbitmq.com/docs/management#permissions).
    /// </summary>
    public Uri? ManagementUri { get; set; }

    /// <summary>Unsettled messages the broker lets one worker hold per partition.</summary>
    [Range(1, 10_000)]
    public int Prefetch { get; set; } = 250;

    /// <summary>The start of every exchange and queue name, so several installations can share a virtual host.</summary>
    [Required]
    [RegularExpression("^[A-Za-z0-9_.-]{1,100}$")]
    public string Prefix { get; set; } = "socialcrm";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (DeliveryLimit.HasValue && QueueType != RabbitMqQueueType.Quorum)
        {
            yield return new ValidationResult(
                $"Queue:RabbitMq:DeliveryLimit applies to quorum queues only (x-delivery-limit); Queue:RabbitMq:QueueType is {QueueType}.",
                [nameof(DeliveryLimit)]);
        }
    }
}
