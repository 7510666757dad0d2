using System;
using System.Collections.Generic;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;

namespace SocialCrm.Dataverse.Local.Faults;

/// <summary>
/// Builds the exception Dataverse's organization service throws: a FaultException&lt;OrganizationServiceFault&gt;
/// whose detail carries the error code and message.
/// https://learn.microsoft.com/power-apps/developer/data-platform/org-service/handle-exceptions-code
/// </summary>
public static class DataverseFault
{
    public static FaultException<OrganizationServiceFault> Create(int errorCode, string message, IDictionary<string, object>? details = null, OrganizationServiceFault? inner = null)
    {
        var fault = new OrganizationServiceFault
        {
            ErrorCode = errorCode,
            Message = message,
            Timestamp = DateTime.UtcNow,
            InnerFault = inner,
        };
        foreach (var detail in details ?? new Dictionary<string, object>())
        {
            fault.ErrorDetails[detail.Key] = detail.Value;
        }

        return new FaultException<OrganizationServiceFault>(fault, new FaultReason(message));
    }

    public static FaultException<OrganizationServiceFault> RecordNotFound(string table, Guid id) =>
        Create(ErrorCodes.ObjectDoesNotExist, $"{table} With Id = {id} Does Not Exist");

    public static FaultException<OrganizationServiceFault> RecordNotFoundByKey(string table, string keyDescription) =>
        Create(ErrorCodes.ObjectDoesNotExist, $"A record with the specified key values does not exist in {table} entity ({keyDescription})");

    public static FaultException<OrganizationServiceFault> UnknownTable(string table) =>
        Create(ErrorCodes.QueryBuilderNoEntity, $"The entity with a name = '{table}' with namemapping = 'Logical' was not found in the MetadataCache.");

    public static FaultException<OrganizationServiceFault> UnknownColumn(string table, string column) =>
        Create(ErrorCodes.QueryBuilderNoAttribute, $"'{table}' entity doesn't contain attribute with Name = '{column}' and NameMapping = 'Logical'.");

    public static FaultException<OrganizationServiceFault> InvalidArgument(string message) =>
        Create(ErrorCodes.InvalidArgument, message);

    public static FaultException<OrganizationServiceFault> UnhandledMessage(string messageName) =>
        Create(ErrorCodes.NotImplemented, $"The requested functionality is not yet implemented: LocalDataverse handles no message named '{messageName}'.");
}
