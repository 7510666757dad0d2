using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using SocialCrm.Dataverse.Local.Pipeline;

namespace SocialCrm.Dataverse.Local.Messages;

/// <summary>
/// UpsertMultiple: one UpdateMultiple for the rows that exist and one CreateMultiple for the others, so a batch costs a
/// constant number of statements and the steps of Create/Update (and their *Multiple forms) run for it.
/// https://learn.microsoft.com/power-apps/developer/data-platform/upsertmultiple
/// </summary>
internal sealed class UpsertMultipleExecutor : IMessageExecutor
{
    public string MessageName => "UpsertMultiple";

    public void Prepare(RequestContext context) => EventTargets.FromEntities(context, resolveKeys: false);

    public OrganizationResponse Execute(RequestContext context)
    {
        var (table, targets) = RequestParameters.Targets(context);
        var exists = UpsertPlan.Resolve(context, table, targets);
        var toUpdate = targets.Where((_, i) => exists[i]).ToList();
        var toCreate = targets.Where((_, i) => !exists[i]).ToList();
        if (toUpdate.Count > 0)
        {
            context.ExecuteChild(new UpdateMultipleRequest { Targets = new EntityCollection(toUpdate) { EntityName = table.LogicalName } });
        }

        if (toCreate.Count > 0)
        {
            var ids = ((CreateMultipleResponse)context.ExecuteChild(new CreateMultipleRequest { Targets = new EntityCollection(toCreate) { EntityName = table.LogicalName } })).Ids;
            for (var i = 0; i < toCreate.Count; i++)
            {
                toCreate[i].Id = ids[i];
            }
        }

        var results = new List<UpsertResponse>(targets.Count);
        for (var i = 0; i < targets.Count; i++)
        {
            context.Items[i].Id = targets[i].Id;
            results.Add(new UpsertResponse { Results = { ["RecordCreated"] = !exists[i], ["Target"] = new EntityReference(table.LogicalName, targets[i].Id) } });
        }

        // UpsertMultipleResponse.Results hides the base Results collection with the typed array it reads from it.
        var response = new UpsertMultipleResponse();
        ((OrganizationResponse)response).Results["Results"] = results.ToArray();
        return response;
    }

    public ParameterCollection ItemOutput(RequestContext context, int index)
    {
        var output = new ParameterCollection();
        if (context.Response!.Results.TryGetValue("Results", out var results) && results is UpsertResponse[] responses)
        {
            foreach (var (name, value) in responses[index].Results)
            {
                output[name] = value;
            }
        }

        return output;
    }
}
