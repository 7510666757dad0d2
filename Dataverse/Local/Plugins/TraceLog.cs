using System;
using System.Collections.Generic;
using System.Linq;

namespace SocialCrm.Dataverse.Local.Plugins;

/// <summary>
/// The latest plug-in executions of an environment with what each traced, oldest first, up to a capacity (the oldest
/// go first), so an environment that runs for days keeps a bounded log.
/// </summary>
public sealed class TraceLog
{
    private readonly Queue<TraceEntry> entries = new();
    private readonly object gate = new();
    private readonly int capacity;

    public TraceLog(int capacity)
    {
        if (capacity < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "The trace log keeps at least one execution.");
        }

        this.capacity = capacity;
    }

    public IReadOnlyList<TraceEntry> Entries
    {
        get
        {
            lock (gate)
            {
                return entries.ToList();
            }
        }
    }

    /// <summary>Everything traced, one execution after another.</summary>
    public string Text => string.Join(Environment.NewLine, Entries.Select(e => e.Text).Where(t => t.Length > 0));

    public IEnumerable<TraceEntry> For(string pluginTypeName) =>
        Entries.Where(e => e.PluginType == pluginTypeName || e.PluginType.EndsWith("." + pluginTypeName, StringComparison.Ordinal));

    public void Clear()
    {
        lock (gate)
        {
            entries.Clear();
        }
    }

    internal void Add(TraceEntry entry)
    {
        lock (gate)
        {
            if (entries.Count == capacity)
            {
                entries.Dequeue();
            }

            entries.Enqueue(entry);
        }
    }
}
