using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;

namespace SocialCrm.Dataverse.Local.Plugins;

/// <summary>
/// The load context of one registered plug-in assembly. Dataverse loads each registered assembly on its own, with only
/// the SDK and the .NET Framework beside it, so a plug-in that needs another assembly fails to load there
/// (https://learn.microsoft.com/power-apps/developer/data-platform/build-and-package#dependent-assemblies). This context
/// resolves the SDK to the host's copy (so a plug-in's IPlugin is the host's), leaves the framework to the runtime and
/// refuses every other assembly with the error Dataverse reports.
/// </summary>
internal sealed class IsolatedPluginContext : AssemblyLoadContext
{
    private static readonly string[] Sdk = { "Microsoft.Xrm.Sdk", "Microsoft.Xrm.Sdk.Workflow", "Microsoft.Crm.Sdk.Proxy" };

    private readonly string origin;

    public IsolatedPluginContext(string origin)
        : base($"LocalDataverse plug-in assembly {origin}")
    {
        this.origin = origin;
    }

    /// <summary>Whether Dataverse has <paramref name="reference"/> beside a registered assembly: the SDK or the framework.</summary>
    public static bool IsBeside(AssemblyName reference) => IsSdk(reference) || IsFramework(reference);

    /// <summary>The .NET Framework's own error for a missing assembly, which is what Dataverse reports, naming the plug-in assembly.</summary>
    public static FileNotFoundException NotBeside(AssemblyName reference, string origin) =>
        new($"{origin}: Could not load file or assembly '{reference.FullName}' or one of its dependencies. The system cannot find the file specified. " +
            "Dataverse loads each registered assembly alone, with only the SDK and the .NET Framework beside it.", reference.FullName);

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (IsSdk(assemblyName))
        {
            return Default.Assemblies.FirstOrDefault(a => a.GetName().Name == assemblyName.Name) ?? Default.LoadFromAssemblyName(assemblyName);
        }

        // null: the runtime's own copy of a framework assembly.
        return IsFramework(assemblyName) ? null : throw NotBeside(assemblyName, origin);
    }

    private static bool IsSdk(AssemblyName name) => Sdk.Contains(name.Name, StringComparer.OrdinalIgnoreCase);

    // The names of .NET Framework 4.6.2's assemblies (mscorlib, System, System.*, and the few outside that namespace).
    private static bool IsFramework(AssemblyName name) =>
        name.Name is "mscorlib" or "netstandard" or "System" or "Microsoft.CSharp" or "Microsoft.VisualBasic" or "WindowsBase"
        || (name.Name?.StartsWith("System.", StringComparison.Ordinal) ?? false);
}
