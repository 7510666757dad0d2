using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>The result of a message: its name and named results. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.organizationresponse</summary>
[DataContract(Name = "OrganizationResponse", Namespace = DataContractNamespaces.Contracts)]
public class OrganizationResponse : IExtensibleDataObject
{
    public OrganizationResponse()
    {
        Results = new ParameterCollection();
    }

    [DataMember]
    public ParameterCollection Results { get; set; }

    [DataMember]
    public string ResponseName { get; set; }

    public object this[string parameterName]
    {
        get => Results[parameterName];
        set => Results[parameterName] = value;
    }

    public ExtensionDataObject ExtensionData { get; set; }

    // Typed responses read their results this way: a result not set reads as default, not as an exception.
    internal T GetResult<T>(string name) =>
        Results.TryGetValue(name, out object value) && value != null ? (T)value : default;
}
