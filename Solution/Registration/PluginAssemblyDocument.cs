using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using SocialCrm.Solution.Identity;
using SocialCrm.Solution.Reading;

namespace SocialCrm.Solution.Registration;

/// <summary>
/// Completes a PluginAssemblies/…/&lt;name&gt;.dll.data.xml with what the built assembly says: its FullName and the
/// &lt;PluginTypes&gt; Dataverse registers from it. The source file keeps only what an administrator chooses (id,
/// isolation mode, where the file goes); a FullName or plug-in type list written there by hand is refused.
/// </summary>
internal static class PluginAssemblyDocument
{
    public static IEnumerable<SolutionProblem> HandWritten(SourceDocument dataFile)
    {
        if (dataFile.Root.Attribute("FullName") is { } fullName)
        {
            yield return dataFile.Problem(dataFile.Root, $"FullName=\"{fullName.Value}\" is written from the built assembly: remove it from the source.");
        }

        if (dataFile.Root.Element("PluginTypes") is { } types)
        {
            yield return dataFile.Problem(types, "<PluginTypes> is generated from the built assembly (classes implementing IPlugin or deriving from CodeActivity, " +
                "named by their [DisplayName], [Description] and [Category]): remove it from the source.");
        }
    }

    public static SourceDocument Complete(SourceDocument dataFile, AssemblyRegistrations assembly)
    {
        var document = new XDocument(dataFile.Document);
        var root = document.Root!;
        root.Attributes().Remove();
        root.Add(new XAttribute("FullName", assembly.AssemblyFullName), dataFile.Root.Attributes().Where(a => a.Name != "FullName"));
        var types = new XElement("PluginTypes", assembly.PluginTypes.Select(t => PluginType(assembly, t)));
        // In the schema's order (pluginassemblytype): after FileName, before IsHidden.
        if (root.Element("IsHidden") is { } hidden)
        {
            hidden.AddBeforeSelf(types);
        }
        else
        {
            root.Add(types);
        }

        return new SourceDocument(dataFile.Path, dataFile.ComponentPath, document);
    }

    private static XElement PluginType(AssemblyRegistrations assembly, DeclaredPluginType type) =>
        new("PluginType",
            new XAttribute("AssemblyQualifiedName", assembly.QualifiedTypeName(type.FullName)),
            new XAttribute("PluginTypeId", PluginTypeIds.For(type.FullName).ToString("B")),
            new XAttribute("Name", type.FullName),
            type.Description.Length > 0 ? new XElement("Description", type.Description) : null,
            new XElement("FriendlyName", type.FriendlyName),
            type.WorkflowActivityGroupName is { } group ? new XElement("WorkflowActivityGroupName", group) : null);
}
