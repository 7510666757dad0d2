using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>Names a relationship by schema name, with the role for self-referencing ones. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.relationship</summary>
[DataContract(Name = "Relationship", Namespace = DataContractNamespaces.Contracts)]
public sealed class Relationship : IExtensibleDataObject
{
    public Relationship()
    {
    }

    public Relationship(string schemaName)
    {
        SchemaName = schemaName;
    }

    [DataMember]
    public string SchemaName { get; set; }

    [DataMember]
    public EntityRole? PrimaryEntityRole { get; set; }

    public ExtensionDataObject ExtensionData { get; set; }

    // Used as a dictionary key (RelatedEntityCollection), so equal schema name and role mean the same relationship.
    public override bool Equals(object obj) =>
        obj is Relationship other && string.Equals(SchemaName, other.SchemaName, StringComparison.Ordinal) && PrimaryEntityRole == other.PrimaryEntityRole;

    public override int GetHashCode() => (SchemaName == null ? 0 : StringComparer.Ordinal.GetHashCode(SchemaName)) ^ PrimaryEntityRole.GetHashCode();

    public override string ToString() => SchemaName;
}
