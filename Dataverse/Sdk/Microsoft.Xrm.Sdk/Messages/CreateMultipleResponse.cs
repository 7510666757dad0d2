using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Result of CreateMultiple: the new ids, in the order of Targets. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.messages.createmultipleresponse</summary>
[DataContract(Namespace = DataContractNamespaces.Contracts)]
public sealed class CreateMultipleResponse : OrganizationResponse
{
    public CreateMultipleResponse()
    {
        ResponseName = "CreateMultiple";
    }

    public Guid[] Ids => GetResult<Guid[]>("Ids");
}
