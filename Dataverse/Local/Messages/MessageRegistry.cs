using System;
using System.Collections.Concurrent;
using System.Collections.Generic;

namespace SocialCrm.Dataverse.Local.Messages;

/// <summary>
/// The executors of an environment by message name. A message with no executor fails with Dataverse's error shape,
/// naming the message; it never succeeds silently.
/// </summary>
internal sealed class MessageRegistry
{
    private readonly ConcurrentDictionary<string, IMessageExecutor> executors = new(StringComparer.OrdinalIgnoreCase);

    public static MessageRegistry WithPlatformMessages()
    {
        var registry = new MessageRegistry();
        foreach (var executor in PlatformExecutors())
        {
            registry.Add(executor);
        }

        return registry;
    }

    public void Add(IMessageExecutor executor) => executors[executor.MessageName] = executor;

    public IMessageExecutor? Find(string messageName) => executors.TryGetValue(messageName, out var executor) ? executor : null;

    private static IEnumerable<IMessageExecutor> PlatformExecutors()
    {
        yield return new CreateExecutor();
        yield return new CreateMultipleExecutor();
        yield return new RetrieveExecutor();
        yield return new RetrieveMultipleExecutor();
        yield return new UpdateExecutor();
        yield return new UpdateMultipleExecutor();
        yield return new UpsertExecutor();
        yield return new UpsertMultipleExecutor();
        yield return new DeleteExecutor();
        yield return new AssociateExecutor();
        yield return new DisassociateExecutor();
        yield return new ExecuteMultipleExecutor();
        yield return new ExecuteTransactionExecutor();
        yield return new WhoAmIExecutor();
        yield return new AddToQueueExecutor();
    }
}
