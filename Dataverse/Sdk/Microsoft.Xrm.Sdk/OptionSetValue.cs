using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>Value of a choice column. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.optionsetvalue</summary>
[DataContract(Name = "OptionSetValue", Namespace = DataContractNamespaces.Contracts)]
public sealed class OptionSetValue : IExtensibleDataObject
{
    public OptionSetValue()
    {
    }

    public OptionSetValue(int value)
    {
        Value = value;
    }

    [DataMember]
    public int Value { get; set; }

    public ExtensionDataObject ExtensionData { get; set; }

    // Two instances with the same number are equal. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.optionsetvalue.equals
    public override bool Equals(object obj) => obj is OptionSetValue other && other.Value == Value;

    public override int GetHashCode() => Value.GetHashCode();
}
