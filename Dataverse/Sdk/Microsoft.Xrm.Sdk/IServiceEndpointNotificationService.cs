namespace Microsoft.Xrm.Sdk;

/// <summary>Posts the execution context to a service endpoint (Service Bus, webhook). https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.iserviceendpointnotificationservice</summary>
public interface IServiceEndpointNotificationService
{
    string Execute(EntityReference serviceEndpoint, IExecutionContext context);
}
