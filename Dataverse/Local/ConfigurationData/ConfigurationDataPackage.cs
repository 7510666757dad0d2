using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using Microsoft.Xrm.Sdk;

namespace SocialCrm.Dataverse.Local.ConfigurationData;

/// <summary>
/// A Configuration Migration tool data package (a zip of data_schema.xml, data.xml and [Content_Types].xml), the form in
/// which records travel with a solution: Package Deployer imports it after the solutions
/// (https://learn.microsoft.com/power-platform/admin/manage-configuration-data,
/// https://learn.microsoft.com/power-platform/alm/package-deployer-tool). The schema gives each field's type; data.xml
/// gives the values as text, which this reads into the SDK's types. A field the schema lacks, a type it does not know or a
/// value that does not parse fails naming the table, the record and the field.
/// </summary>
public sealed class ConfigurationDataPackage
{
    public const string SchemaFile = "data_schema.xml";
    public const string DataFile = "data.xml";
    public const string ContentTypesFile = "[Content_Types].xml";

    /// <summary>The zip beside a solution zip that carries its data: SocialCrm_1_0_0_0_managed.zip → SocialCrm_1_0_0_0_data.zip.</summary>
    public const string ZipSuffix = "_data.zip";

    private ConfigurationDataPackage(IReadOnlyList<ConfigurationDataTable> tables)
    {
        Tables = tables;
    }

    /// <summary>The tables in the order the schema lists them, which is the order they are imported in.</summary>
    public IReadOnlyList<ConfigurationDataTable> Tables { get; }

    /// <summary>The data package shipped beside a solution zip named &lt;stem&gt;_managed.zip or &lt;stem&gt;_unmanaged.zip, if there is one.</summary>
    public static string? BesideSolution(string solutionPath)
    {
        if (!File.Exists(solutionPath))
        {
            return null;
        }

        var name = Path.GetFileName(solutionPath);
        var stem = new[] { "_managed.zip", "_unmanaged.zip" }
            .Where(suffix => name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            .Select(suffix => name.Substring(0, name.Length - suffix.Length))
            .FirstOrDefault();
        var data = stem is null ? null : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(solutionPath))!, stem + ZipSuffix);
        return data is not null && File.Exists(data) ? data : null;
    }

    public static ConfigurationDataPackage Read(string zipPath)
    {
        using var zip = ZipFile.OpenRead(zipPath);
        XDocument Load(string file) =>
            XDocument.Load((zip.GetEntry(file) ?? throw new FormatException($"{zipPath} is not a configuration data package: it has no {file}.")).Open());

        if (zip.GetEntry(ContentTypesFile) is null)
        {
            throw new FormatException($"{zipPath} is not a configuration data package: it has no {ContentTypesFile}.");
        }

        return Read(Load(SchemaFile), Load(DataFile));
    }

    public static ConfigurationDataPackage Read(XDocument schema, XDocument data)
    {
        var records = data.Root!.Elements("entity").ToDictionary(e => Required(e, "name"), StringComparer.OrdinalIgnoreCase);
        var tables = new List<ConfigurationDataTable>();
        foreach (var entity in schema.Root!.Elements("entity"))
        {
            var table = Required(entity, "name");
            var primaryId = Required(entity, "primaryidfield");
            var types = entity.Element("fields")?.Elements("field").ToDictionary(f => Required(f, "name"), f => f, StringComparer.OrdinalIgnoreCase)
                ?? new Dictionary<string, XElement>();
            var rows = records.TryGetValue(table, out var entityData)
                ? entityData.Element("records")?.Elements("record").Select(r => Row(table, primaryId, types, r)).ToList() ?? new List<Entity>()
                : new List<Entity>();
            tables.Add(new ConfigurationDataTable(table, primaryId, string.Equals((string?)entity.Attribute("disableplugins"), "true", StringComparison.OrdinalIgnoreCase), rows));
        }

        var unknown = records.Keys.Where(name => tables.All(t => !t.Name.Equals(name, StringComparison.OrdinalIgnoreCase))).ToList();
        if (unknown.Count > 0)
        {
            throw new FormatException($"{DataFile} has records of {string.Join(", ", unknown)}, which {SchemaFile} does not describe.");
        }

        return new ConfigurationDataPackage(tables);
    }

    private static Entity Row(string table, string primaryId, Dictionary<string, XElement> types, XElement record)
    {
        var idText = Required(record, "id");
        if (!Guid.TryParse(idText, out var id))
        {
            throw new FormatException($"{DataFile}: {table} record id '{idText}' is not a GUID.");
        }

        var row = new Entity(table, id);
        foreach (var field in record.Elements("field"))
        {
            var name = Required(field, "name");
            if (name.Equals(primaryId, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (!types.TryGetValue(name, out var type))
            {
                throw new FormatException($"{DataFile}: {table} record {id} has the field {name}, which {SchemaFile} does not list.");
            }

            row[name] = Value(table, id, name, (string?)type.Attribute("type"), field);
        }

        return row;
    }

    // The field types the Configuration Migration tool writes in data_schema.xml.
    private static object? Value(string table, Guid id, string name, string? type, XElement field)
    {
        var text = (string?)field.Attribute("value");
        if (text is null)
        {
            return null;
        }

        object? value = type switch
        {
            "string" or "memo" => text,
            "number" => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : null,
            "bigint" => long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var big) ? big : null,
            "decimal" => decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var dec) ? dec : null,
            "float" => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) ? real : null,
            "money" => decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var amount) ? new Money(amount) : null,
            "bool" => bool.TryParse(text, out var flag) ? flag : text == "1" ? true : text == "0" ? false : null,
            "optionsetvalue" or "state" or "status" => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var option) ? new OptionSetValue(option) : null,
            "datetime" => DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var when) ? when : null,
            "guid" => Guid.TryParse(text, out var guid) ? guid : null,
            "entityreference" or "owner" => Guid.TryParse(text, out var target) && (string?)field.Attribute("lookupentity") is { } lookup ? new EntityReference(lookup, target) : null,
            _ => throw new FormatException($"{SchemaFile}: the field {name} of {table} has the type '{type}', which is not a Configuration Migration tool field type."),
        };
        return value ?? throw new FormatException($"{DataFile}: {table} record {id} has '{text}' in {name}, which is not a {type} value.");
    }

    private static string Required(XElement element, string attribute) =>
        (string?)element.Attribute(attribute) ?? throw new FormatException($"A configuration data <{element.Name.LocalName}> element lacks its {attribute} attribute.");
}
