using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Result of Create: the new row's id. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.messages.createresponse</summary>
[DataContract(Namespace = DataContractNamespaces.Contracts)]
public sealed class CreateResponse : OrganizationResponse
{
    public CreateResponse()
    {
        ResponseName = "Create";
    }

    public Guid id => GetResult<Guid>("id");
}
