using RabbitMQ.Client;

namespace SocialCrm.Integration.Queue.RabbitMq;

/// <summary>One message to publish: where it goes, its properties (headers) and its body.</summary>
public sealed record OutgoingMessage(string Exchange, string RoutingKey, BasicProperties Properties, byte[] Body);
