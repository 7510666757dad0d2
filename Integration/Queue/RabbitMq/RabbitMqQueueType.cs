namespace SocialCrm.Integration.Queue.RabbitMq;

/// <summary>The type of the broker's queues (x-queue-type), https://www.rabbitmq.com/docs/queues#optional-arguments.</summary>
public enum RabbitMqQueueType
{
    Classic,
    Quorum,
}
