using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>A message sent to the organization service: its name and named parameters. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.organizationrequest</summary>
[DataContract(Name = "OrganizationRequest", Namespace = DataContractNamespaces.Contracts)]
public class OrganizationRequest : IExtensibleDataObject
{
    public OrganizationRequest()
    {
        Parameters = new ParameterCollection();
    }

    public OrganizationRequest(string requestName)
        : this()
    {
        RequestName = requestName;
    }

    [DataMember]
    public ParameterCollection Parameters { get; set; }

    [DataMember]
    public string RequestName { get; set; }

    [DataMember]
    public Guid? RequestId { get; set; }

    public object this[string parameterName]
    {
        get => Parameters[parameterName];
        set => Parameters[parameterName] = value;
    }

    public ExtensionDataObject ExtensionData { get; set; }

    // Typed requests read their parameters this way: a parameter not set reads as default, not as an exception.
    internal T GetParameter<T>(string name) =>
        Parameters.TryGetValue(name, out object value) && value != null ? (T)value : default;
}
