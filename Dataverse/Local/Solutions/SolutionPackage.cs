using System;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;

namespace SocialCrm.Dataverse.Local.Solutions;

/// <summary>
/// Reads a whole solution (zip or unpacked folder) into a <see cref="SolutionDefinition"/>: customizations.xml for
/// tables, relationships, choices, plug-in assemblies, steps and webhook endpoints; the customapis/ and environmentvariabledefinitions/
/// folders for Custom APIs and environment variables. A malformed file fails naming the file.
/// </summary>
public static class SolutionPackage
{
    public const string CustomizationsFile = "customizations.xml";

    /// <summary>Opens <paramref name="path"/>: a .zip file or a folder.</summary>
    public static ISolutionSource Open(string path) =>
        Directory.Exists(path) ? new FolderSolutionSource(path)
        : File.Exists(path) ? new ZipSolutionSource(path)
        : throw new FileNotFoundException($"No solution zip or folder at '{path}'.", path);

    public static SolutionDefinition Read(string path)
    {
        using var source = Open(path);
        return Read(source);
    }

    public static SolutionDefinition Read(ISolutionSource source)
    {
        var customizationsPath = source.Files.FirstOrDefault(f => f.Equals(CustomizationsFile, StringComparison.OrdinalIgnoreCase))
            ?? throw new FormatException($"{source.Origin} has no {CustomizationsFile} at its root.");
        var solution = ReadCustomizations(LoadXml(source, customizationsPath));
        var pluginTypes = solution.PluginAssemblies.SelectMany(a => a.Types).Where(t => t.Id != Guid.Empty).ToDictionary(t => t.Id);
        solution.CustomApis.AddRange(CustomApiXmlReader.Read(source, pluginTypes));
        solution.EnvironmentVariables.AddRange(EnvironmentVariableXmlReader.Read(source));
        return solution;
    }

    /// <summary>Reads the sections of one customizations.xml document (the root ImportExportXml element).</summary>
    public static SolutionDefinition ReadCustomizations(XElement root)
    {
        var solution = new SolutionDefinition();
        var globalChoices = OptionSetXmlReader.Globals(root.Child("optionsets")?.Children("optionset") ?? Enumerable.Empty<XElement>());
        if (root.Child("Entities") is XElement entities)
        {
            solution.Tables.AddRange(new EntityXmlReader(globalChoices).Read(entities));
        }

        if (root.Child("EntityRelationships") is XElement relationships)
        {
            solution.Relationships.AddRange(RelationshipXmlReader.Read(relationships));
        }

        if (root.Child("SolutionPluginAssemblies") is XElement assemblies)
        {
            solution.PluginAssemblies.AddRange(PluginAssemblyXmlReader.Read(assemblies));
        }

        if (root.Child("ServiceEndpoints") is XElement endpoints)
        {
            solution.ServiceEndpoints.AddRange(ServiceEndpointXmlReader.Read(endpoints));
        }

        if (root.Child("SdkMessageProcessingSteps") is XElement steps)
        {
            solution.Steps.AddRange(StepXmlReader.Read(steps));
        }

        return solution;
    }

    /// <summary>
    /// Parses one XML file of the solution. DTDs are prohibited: no solution file has one, and entity expansion is the
    /// way a small file becomes a huge document.
    /// </summary>
    internal static XElement LoadXml(ISolutionSource source, string path)
    {
        try
        {
            using var stream = new MemoryStream(source.ReadBytes(path));
            using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            return XDocument.Load(reader).Root ?? throw new FormatException($"{source.Origin}/{path} is empty.");
        }
        catch (XmlException e)
        {
            throw new FormatException($"{source.Origin}/{path} is not well-formed XML: {e.Message}", e);
        }
    }
}
