using System;
using System.Collections.Generic;
using System.Linq;

namespace SocialCrm.Dataverse.Local.Service;

/// <summary>
/// The latest requests the organization service received, in order, up to a capacity (the oldest go first): lets a
/// test count the calls plug-ins make, e.g. that a batch of a thousand mentions costs a constant number of queries,
/// without a long-running environment keeping every request it ever served.
/// </summary>
public sealed class ServiceCallLog
{
    private readonly Queue<ServiceCall> calls = new();
    private readonly object gate = new();
    private readonly int capacity;

    public ServiceCallLog(int capacity)
    {
        if (capacity < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "The call log keeps at least one call.");
        }

        this.capacity = capacity;
    }

    public IReadOnlyList<ServiceCall> Calls
    {
        get
        {
            lock (gate)
            {
                return calls.ToList();
            }
        }
    }

    /// <summary>Calls sent by plug-ins, optionally only those of <paramref name="messageName"/>.</summary>
    public int CountFromPlugins(string? messageName = null) =>
        Calls.Count(c => c.FromPlugin && (messageName is null || string.Equals(c.MessageName, messageName, StringComparison.OrdinalIgnoreCase)));

    public void Clear()
    {
        lock (gate)
        {
            calls.Clear();
        }
    }

    internal void Record(ServiceCall call)
    {
        lock (gate)
        {
            if (calls.Count == capacity)
            {
                calls.Dequeue();
            }

            calls.Enqueue(call);
        }
    }
}
