using System;
using System.Collections.Generic;
using System.Linq;

namespace SocialCrm.Dataverse.Local.Service;

/// <summary>
/// Every request the organization service received, in order: lets a test count the calls plug-ins make, e.g. that a
/// batch of a thousand mentions costs a constant number of queries.
/// </summary>
public sealed class ServiceCallLog
{
    private readonly List<ServiceCall> calls = new();
    private readonly object gate = new();

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
            calls.Add(call);
        }
    }
}
