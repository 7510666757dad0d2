using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;

namespace SocialCrm.Dataverse.Local.Solutions;

/// <summary>Reads SolutionPluginAssemblies: each assembly's full name, the path of its dll, and its plug-in types.</summary>
internal static class PluginAssemblyXmlReader
{
    public static IEnumerable<PluginAssemblyDefinition> Read(XElement assemblies) =>
        assemblies.Children("PluginAssembly").Select(assembly =>
        {
            var fullName = assembly.Attr("FullName") ?? throw new FormatException("A <PluginAssembly> has no FullName.");
            var types = (assembly.Child("PluginTypes")?.Children("PluginType") ?? Enumerable.Empty<XElement>())
                .Select(t => new PluginTypeDefinition(
                    SolutionXml.Guid(t.Attr("PluginTypeId")) ?? Guid.Empty,
                    t.Attr("Name") ?? TypeNameOf(t.Attr("AssemblyQualifiedName")),
                    t.Attr("AssemblyQualifiedName") ?? $"{t.Attr("Name")}, {fullName}"))
                .ToList();
            return new PluginAssemblyDefinition(fullName, assembly.Text("FileName")?.TrimStart('/'), types);
        });

    private static string TypeNameOf(string? assemblyQualifiedName) =>
        (assemblyQualifiedName ?? throw new FormatException("A <PluginType> has neither Name nor AssemblyQualifiedName.")).Split(',')[0].Trim();
}
