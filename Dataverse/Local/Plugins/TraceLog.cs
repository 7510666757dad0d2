using System;
using System.Collections.Generic;
using System.Linq;

namespace SocialCrm.Dataverse.Local.Plugins;

/// <summary>The plug-in executions of an environment with what each traced, oldest first.</summary>
public sealed class TraceLog
{
    private readonly List<TraceEntry> entries = new();
    private readonly object gate = new();

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
            entries.Add(entry);
        }
    }
}
