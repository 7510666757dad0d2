using System.Collections.Generic;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using SocialCrm.Dataverse.Local.Faults;
using SocialCrm.Dataverse.Local.Pipeline;

namespace SocialCrm.Dataverse.Local.Messages;

/// <summary>
/// ExecuteMultiple: each request in its own transaction, in order; ContinueOnError and ReturnResponses shape the
/// responses as documented; more than 1000 requests fail before any runs, with MaxBatchSize in the error details;
/// a nested ExecuteMultiple faults its own item.
/// https://learn.microsoft.com/power-apps/developer/data-platform/org-service/execute-multiple-requests
/// </summary>
internal sealed class ExecuteMultipleExecutor : IMessageExecutor
{
    public const int MaxBatchSize = 1000;

    public string MessageName => "ExecuteMultiple";

    public bool RunsInTransaction => false;

    public void Prepare(RequestContext context)
    {
        context.RaisesEvents = false;
        var requests = RequestParameters.Required<OrganizationRequestCollection>(context, "Requests");
        if (requests.Count > MaxBatchSize)
        {
            throw DataverseFault.Create(
                ErrorCodes.InvalidArgument,
                $"The number of requests in the batch ({requests.Count}) exceeds the maximum batch size of {MaxBatchSize}.",
                new Dictionary<string, object> { ["MaxBatchSize"] = MaxBatchSize });
        }
    }

    public OrganizationResponse Execute(RequestContext context)
    {
        var requests = RequestParameters.Required<OrganizationRequestCollection>(context, "Requests");
        var settings = context.Request.Parameters.TryGetValue("Settings", out var value) && value is ExecuteMultipleSettings given
            ? given
            : new ExecuteMultipleSettings { ContinueOnError = false, ReturnResponses = true };
        var responses = new ExecuteMultipleResponseItemCollection();
        var faulted = false;
        for (var index = 0; index < requests.Count; index++)
        {
            var item = new ExecuteMultipleResponseItem { RequestIndex = index };
            try
            {
                if (requests[index] is ExecuteMultipleRequest)
                {
                    throw DataverseFault.InvalidArgument("ExecuteMultiple cannot be nested inside ExecuteMultiple.");
                }

                var response = context.Send(requests[index]);
                if (settings.ReturnResponses)
                {
                    item.Response = response;
                    responses.Add(item);
                }
            }
            catch (FaultException<OrganizationServiceFault> fault)
            {
                faulted = true;
                item.Fault = fault.Detail;
                responses.Add(item);
                if (!settings.ContinueOnError)
                {
                    break;
                }
            }
        }

        return new ExecuteMultipleResponse { Results = { ["Responses"] = responses, ["IsFaulted"] = faulted } };
    }
}
