using System;
using System.Xml;
using System.Xml.Schema;
using SocialCrm.Solution.Tests.Fixtures;

namespace SocialCrm.Solution.Tests.Schemas;

/// <summary>
/// Microsoft's 9.0.0.2090 solution schemas from ../shared/schemas, one compiled set per document kind. They cannot share a set:
/// CustomizationsSolution.xsd includes FormXml.xsd and Fetch.xsd, whose global elements would then be declared twice.
/// </summary>
public static class OfficialSchemas
{
    private static readonly Lazy<XmlSchemaSet> CustomizationsSet = new(() => Load("CustomizationsSolution.xsd"));
    private static readonly Lazy<XmlSchemaSet> FormSet = new(() => Load("FormXml.xsd"));
    private static readonly Lazy<XmlSchemaSet> FetchSet = new(() => Load("Fetch.xsd"));
    private static readonly Lazy<XmlSchemaSet> SiteMapSet = new(() => Load("SiteMap.xsd"));
    private static readonly Lazy<XmlSchemaSet> VisualizationSet = new(() => Load("VisualizationDataDescription.xsd"));

    public static XmlSchemaSet Customizations => CustomizationsSet.Value;

    public static XmlSchemaSet Form => FormSet.Value;

    public static XmlSchemaSet Fetch => FetchSet.Value;

    public static XmlSchemaSet SiteMap => SiteMapSet.Value;

    public static XmlSchemaSet VisualizationDataDescription => VisualizationSet.Value;

    private static XmlSchemaSet Load(string file)
    {
        var resolver = new SchemaFolderResolver(RepositoryPaths.Schemas);
        var set = new XmlSchemaSet { XmlResolver = resolver };
        // A schema that does not compile fails the tests that use it, loudly: nothing is skipped.
        set.ValidationEventHandler += (_, e) => throw new XmlSchemaException($"{file} does not compile: {e.Message}", e.Exception);
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = resolver };
        using (var reader = XmlReader.Create(new Uri(resolver.BaseUri, file).AbsoluteUri, settings))
        {
            set.Add(null, reader);
        }

        set.Compile();
        return set;
    }
}
