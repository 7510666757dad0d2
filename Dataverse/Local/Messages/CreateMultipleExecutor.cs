using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using SocialCrm.Dataverse.Local.Pipeline;

namespace SocialCrm.Dataverse.Local.Messages;

/// <summary>
/// CreateMultiple: rows of one table in one operation; any failure rolls all of them back (standard tables).
/// https://learn.microsoft.com/power-apps/developer/data-platform/bulk-operations
/// </summary>
internal sealed class CreateMultipleExecutor : IMessageExecutor
{
    public string MessageName => "CreateMultiple";

    public void Prepare(RequestContext context) => EventTargets.FromEntities(context, resolveKeys: false);

    public OrganizationResponse Execute(RequestContext context)
    {
        var (table, targets) = RequestParameters.Targets(context);
        var ids = context.Writer().Create(table, targets).ToArray();
        for (var i = 0; i < ids.Length; i++)
        {
            context.Items[i].Id = ids[i];
        }

        return new CreateMultipleResponse { Results = { ["Ids"] = ids } };
    }

    public ParameterCollection ItemOutput(RequestContext context, int index) => new() { ["id"] = context.Items[index].Id };
}
