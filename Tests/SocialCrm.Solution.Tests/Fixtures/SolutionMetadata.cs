using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Xml.Linq;

namespace SocialCrm.Solution.Tests.Fixtures;

/// <summary>Reads tables, columns, relationships and choices out of a packed customizations.xml.</summary>
public sealed class SolutionMetadata
{
    private readonly XElement _root;

    public SolutionMetadata(XDocument customizations)
    {
        _root = customizations.Root!;
    }

    public static SolutionMetadata Packed { get; } = new(PackedSolution.Current.Unmanaged.Customizations);

    public IEnumerable<XElement> Entities => _root.Element("Entities")!.Elements("Entity");

    public XElement Entity(string logicalName) =>
        Entities.Single(e => string.Equals(e.Element("Name")!.Value, logicalName, StringComparison.OrdinalIgnoreCase));

    /// <summary>The columns a table declares, by logical name.</summary>
    public IReadOnlyDictionary<string, XElement> Columns(string logicalName) =>
        Entity(logicalName).Descendants("attribute").Where(a => a.Attribute("PhysicalName") != null)
            .ToDictionary(a => a.Element("LogicalName")!.Value, StringComparer.Ordinal);

    public XElement Column(string table, string column) => Columns(table)[column];

    public IEnumerable<XElement> Relationships => _root.Element("EntityRelationships")!.Elements("EntityRelationship");

    public XElement Relationship(string name) => Relationships.Single(r => r.Attribute("Name")!.Value == name);

    /// <summary>The relationship whose lookup is <paramref name="column"/> on <paramref name="table"/>.</summary>
    public XElement RelationshipOf(string table, string column) => Relationships.Single(r =>
        string.Equals(r.Element("ReferencingEntityName")!.Value, table, StringComparison.OrdinalIgnoreCase)
        && string.Equals(r.Element("ReferencingAttributeName")!.Value, column, StringComparison.OrdinalIgnoreCase));

    public XElement GlobalOptionSet(string name) => _root.Element("optionsets")!.Elements("optionset").Single(o => o.Attribute("Name")!.Value == name);

    /// <summary>The public string constants of a schema class, by field name.</summary>
    public static IReadOnlyDictionary<string, string> Constants(Type schema) =>
        schema.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .ToDictionary(f => f.Name, f => (string)f.GetRawConstantValue()!, StringComparer.Ordinal);
}
