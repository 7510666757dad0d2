using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using SocialCrm.Dataverse.Local.Faults;
using SocialCrm.Dataverse.Local.Registration;

namespace SocialCrm.Dataverse.Local.Plugins;

/// <summary>
/// Finds the type a step names ("SocialCrm.Plugins.MentionIntakePlugin, SocialCrm.Plugins, Version=..."): first among
/// the assemblies already loaded or referenced (so tests run the plug-ins they compiled against), then among the plug-in
/// assemblies a solution carries, each loaded alone (see <see cref="IsolatedPluginContext"/>).
/// </summary>
internal sealed class PluginTypeResolver
{
    private readonly List<Assembly> solutionAssemblies = new();

    /// <summary>
    /// Loads a registered plug-in assembly from the bytes of its dll into a load context of its own, and refuses it, as
    /// Dataverse does, when it references an assembly other than the SDK and the framework.
    /// </summary>
    /// <param name="origin">Where the dll comes from (the solution and its path in it), for the error.</param>
    /// <exception cref="FileNotFoundException">The assembly references another assembly, which Dataverse would not load beside it.</exception>
    public void AddAssembly(byte[] dll, string origin)
    {
        var context = new IsolatedPluginContext(origin);
        using var stream = new MemoryStream(dll);
        var assembly = context.LoadFromStream(stream);
        foreach (var reference in assembly.GetReferencedAssemblies().Where(r => !IsolatedPluginContext.IsBeside(r)))
        {
            throw IsolatedPluginContext.NotBeside(reference, origin);
        }

        solutionAssemblies.Add(assembly);
    }

    public Type Resolve(StepRegistration step) => step.PluginType ?? Resolve(step.PluginTypeName);

    public Type Resolve(string typeName)
    {
        var parts = typeName.Split(',', 2, StringSplitOptions.TrimEntries);
        var name = parts[0];
        var assemblyName = parts.Length > 1 ? new AssemblyName(parts[1]).Name : null;
        var type = Candidates(assemblyName).Select(a => a.GetType(name, throwOnError: false)).FirstOrDefault(t => t is not null);
        if (type is null || !typeof(Microsoft.Xrm.Sdk.IPlugin).IsAssignableFrom(type))
        {
            throw DataverseFault.Create(
                ErrorCodes.IsvAborted,
                $"Plug-in type '{typeName}' was not found among the loaded assemblies or the plug-in assemblies of the solution, or it does not implement IPlugin.");
        }

        return type;
    }

    private IEnumerable<Assembly> Candidates(string? assemblyName)
    {
        var loaded = AppDomain.CurrentDomain.GetAssemblies().Where(a => !a.IsDynamic && AssemblyLoadContext.GetLoadContext(a) is not IsolatedPluginContext);
        foreach (var assembly in loaded.Where(a => assemblyName is null || a.GetName().Name == assemblyName))
        {
            yield return assembly;
        }

        if (assemblyName is not null && loaded.All(a => a.GetName().Name != assemblyName))
        {
            Assembly? referenced = null;
            try
            {
                referenced = Assembly.Load(new AssemblyName(assemblyName));
            }
            catch (IOException)
            {
                // Not beside the application: the solution's own copy, if any, is next.
            }

            if (referenced is not null)
            {
                yield return referenced;
            }
        }

        foreach (var assembly in solutionAssemblies.Where(a => assemblyName is null || a.GetName().Name == assemblyName))
        {
            yield return assembly;
        }
    }
}
