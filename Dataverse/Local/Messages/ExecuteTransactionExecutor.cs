using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using SocialCrm.Dataverse.Local.Faults;
using SocialCrm.Dataverse.Local.Pipeline;

namespace SocialCrm.Dataverse.Local.Messages;

/// <summary>
/// ExecuteTransaction: the requests run in order in one transaction (the pipeline's, which each request joins), so
/// the first failure rolls back every change and faults with an ExecuteTransactionFault naming the failed request's
/// index. Responses come back in request order when ReturnResponses is true. It may sit inside an ExecuteMultiple,
/// but may not hold an ExecuteMultiple or another ExecuteTransaction.
/// https://learn.microsoft.com/power-apps/developer/data-platform/org-service/use-executetransaction
/// </summary>
internal sealed class ExecuteTransactionExecutor : IMessageExecutor
{
    public string MessageName => "ExecuteTransaction";

    public void Prepare(RequestContext context)
    {
        context.RaisesEvents = false;
        RequestParameters.Required<OrganizationRequestCollection>(context, "Requests");
    }

    public OrganizationResponse Execute(RequestContext context)
    {
        var requests = RequestParameters.Required<OrganizationRequestCollection>(context, "Requests");
        var returnResponses = context.Request.Parameters.TryGetValue("ReturnResponses", out var value) && value is true;
        var responses = new OrganizationResponseCollection();
        for (var index = 0; index < requests.Count; index++)
        {
            try
            {
                if (requests[index] is ExecuteMultipleRequest or ExecuteTransactionRequest)
                {
                    throw DataverseFault.InvalidArgument($"ExecuteTransaction cannot contain {requests[index].RequestName}.");
                }

                var response = context.Send(requests[index]);
                if (returnResponses)
                {
                    responses.Add(response);
                }
            }
            catch (FaultException<OrganizationServiceFault> fault)
            {
                throw Faulted(fault.Detail, index);
            }
        }

        return new ExecuteTransactionResponse { Results = { ["Responses"] = responses } };
    }

    private static FaultException<OrganizationServiceFault> Faulted(OrganizationServiceFault cause, int index)
    {
        var fault = new ExecuteTransactionFault
        {
            ErrorCode = cause.ErrorCode,
            Message = cause.Message,
            Timestamp = cause.Timestamp,
            InnerFault = cause.InnerFault,
            TraceText = cause.TraceText,
            FaultedRequestIndex = index,
        };
        foreach (var detail in cause.ErrorDetails)
        {
            fault.ErrorDetails[detail.Key] = detail.Value;
        }

        return new FaultException<OrganizationServiceFault>(fault, new FaultReason(cause.Message));
    }
}
