using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>Identifies a row by table and id, or by alternate key. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.entityreference</summary>
[DataContract(Name = "EntityReference", Namespace = DataContractNamespaces.Contracts)]
public sealed class EntityReference : IExtensibleDataObject
{
    // Made when first read: most references name their row by id.
    private KeyAttributeCollection keyAttributes;

    public EntityReference()
    {
    }

    public EntityReference(string logicalName)
        : this()
    {
        LogicalName = logicalName;
    }

    public EntityReference(string logicalName, Guid id)
        : this(logicalName)
    {
        Id = id;
    }

    public EntityReference(string logicalName, string keyName, object keyValue)
        : this(logicalName)
    {
        KeyAttributes[keyName] = keyValue;
    }

    public EntityReference(string logicalName, KeyAttributeCollection keyAttributeCollection)
        : this(logicalName)
    {
        KeyAttributes = keyAttributeCollection;
    }

    [DataMember]
    public Guid Id { get; set; }

    [DataMember]
    public string LogicalName { get; set; }

    [DataMember]
    public string Name { get; set; }

    [DataMember]
    public KeyAttributeCollection KeyAttributes
    {
        get => keyAttributes ??= new KeyAttributeCollection();
        set => keyAttributes = value;
    }

    [DataMember]
    public string RowVersion { get; set; }

    public ExtensionDataObject ExtensionData { get; set; }

    // Equality is table plus id only: Name, RowVersion and key attributes are ignored, so two references made from
    // alternate keys alone (id empty) on one table are equal. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.entityreference.equals
    public override bool Equals(object obj) =>
        obj is EntityReference other && Id == other.Id && string.Equals(LogicalName, other.LogicalName, StringComparison.Ordinal);

    public override int GetHashCode() => Id.GetHashCode() ^ (LogicalName == null ? 0 : StringComparer.Ordinal.GetHashCode(LogicalName));
}
