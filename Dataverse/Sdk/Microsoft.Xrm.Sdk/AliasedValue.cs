using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>A column value from a linked table or an aggregate, read under its alias. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.aliasedvalue</summary>
[DataContract(Name = "AliasedValue", Namespace = DataContractNamespaces.Contracts)]
public sealed class AliasedValue : IExtensibleDataObject
{
    public AliasedValue()
    {
    }

    public AliasedValue(string entityLogicalName, string attributeLogicalName, object value)
    {
        EntityLogicalName = entityLogicalName;
        AttributeLogicalName = attributeLogicalName;
        Value = value;
    }

    [DataMember]
    public string EntityLogicalName { get; private set; }

    [DataMember]
    public string AttributeLogicalName { get; private set; }

    [DataMember]
    public object Value { get; private set; }

    public ExtensionDataObject ExtensionData { get; set; }
}
