using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>Value of a currency column. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.money</summary>
[DataContract(Name = "Money", Namespace = DataContractNamespaces.Contracts)]
public sealed class Money : IExtensibleDataObject
{
    public Money()
    {
    }

    public Money(decimal value)
    {
        Value = value;
    }

    [DataMember]
    public decimal Value { get; set; }

    public ExtensionDataObject ExtensionData { get; set; }

    // Two instances with the same amount are equal. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.money.equals
    public override bool Equals(object obj) => obj is Money other && other.Value == Value;

    public override int GetHashCode() => Value.GetHashCode();
}
