using System;

namespace Microsoft.Xrm.Sdk;

/// <summary>Gives a plug-in an organization service acting as a user (null: the step's user). https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.iorganizationservicefactory</summary>
public interface IOrganizationServiceFactory
{
    IOrganizationService CreateOrganizationService(Guid? userId);
}
