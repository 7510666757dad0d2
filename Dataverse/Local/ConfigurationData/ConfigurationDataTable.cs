using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace SocialCrm.Dataverse.Local.ConfigurationData;

/// <summary>One table of a configuration data package: its records, and whether the import runs its plug-ins.</summary>
public sealed class ConfigurationDataTable
{
    public ConfigurationDataTable(string name, string primaryIdField, bool disablePlugins, IReadOnlyList<Entity> records)
    {
        Name = name;
        PrimaryIdField = primaryIdField;
        DisablePlugins = disablePlugins;
        Records = records;
    }

    public string Name { get; }

    public string PrimaryIdField { get; }

    /// <summary>data_schema.xml's disableplugins: true writes the rows without running plug-in steps.</summary>
    public bool DisablePlugins { get; }

    public IReadOnlyList<Entity> Records { get; }
}
