using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;
using SocialCrm.Dataverse.Local.Faults;
using SocialCrm.Dataverse.Local.Pipeline;

namespace SocialCrm.Dataverse.Local.Messages;

/// <summary>Delete: the row a reference names by id or alternate key, with optimistic concurrency when asked.</summary>
internal sealed class DeleteExecutor : IMessageExecutor
{
    public string MessageName => "Delete";

    public void Prepare(RequestContext context) => EventTargets.FromReference(context);

    public OrganizationResponse Execute(RequestContext context)
    {
        var table = context.Table!;
        var id = context.Items[0].Id;
        var target = (EntityReference)context.Items[0].Target;
        var current = context.Store.Retrieve(table, new[] { id }, new ColumnSet(false)).FirstOrDefault()
            ?? throw DataverseFault.RecordNotFound(table.LogicalName, id);
        if (context.Request.Parameters.TryGetValue("ConcurrencyBehavior", out var value) && value is ConcurrencyBehavior.IfRowVersionMatches)
        {
            if (string.IsNullOrEmpty(target.RowVersion))
            {
                throw DataverseFault.Create(ErrorCodes.ConcurrencyVersionNotProvided, "The RowVersion property must be provided when the value of ConcurrencyBehavior is IfVersionMatches.");
            }

            if (target.RowVersion != current.RowVersion)
            {
                throw DataverseFault.Create(ErrorCodes.ConcurrencyVersionMismatch, "The version of the existing record doesn't match the RowVersion property provided.");
            }
        }

        context.Writer().Delete(table, new[] { id });
        return new DeleteResponse();
    }
}
