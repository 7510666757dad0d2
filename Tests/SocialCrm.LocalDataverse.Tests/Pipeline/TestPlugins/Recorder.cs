using System.Collections.Concurrent;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace SocialCrm.Dataverse.Local.Tests.Pipeline.TestPlugins;

/// <summary>
/// Where test plug-ins leave the contexts they ran with, under the key their step's unsecure configuration names, so
/// tests running in parallel never see each other's.
/// </summary>
internal static class Recorder
{
    private static readonly ConcurrentDictionary<string, List<IPluginExecutionContext7>> Contexts = new();

    public static void Add(string key, IPluginExecutionContext7 context)
    {
        var list = Contexts.GetOrAdd(key, _ => new List<IPluginExecutionContext7>());
        lock (list)
        {
            list.Add(context);
        }
    }

    public static IReadOnlyList<IPluginExecutionContext7> For(string key) => Contexts.TryGetValue(key, out var list) ? list : new List<IPluginExecutionContext7>();
}
