using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;
using SocialCrm.Dataverse.Local.Faults;
using SocialCrm.Dataverse.Local.Pipeline;

namespace SocialCrm.Dataverse.Local.Messages;

/// <summary>Retrieve: one row with the columns asked for; a missing row fails with ObjectDoesNotExist.</summary>
internal sealed class RetrieveExecutor : IMessageExecutor
{
    public string MessageName => "Retrieve";

    public bool ReadsOnly => true;

    public void Prepare(RequestContext context) => EventTargets.FromReference(context);

    public OrganizationResponse Execute(RequestContext context)
    {
        var columns = context.Request.Parameters.TryGetValue("ColumnSet", out var value) && value is ColumnSet set ? set : new ColumnSet(false);
        var id = context.Items[0].Id;
        var row = context.Store.Retrieve(context.Table!, new[] { id }, columns).FirstOrDefault()
            ?? throw DataverseFault.RecordNotFound(context.Table!.LogicalName, id);
        return new RetrieveResponse { Results = { ["Entity"] = row } };
    }
}
