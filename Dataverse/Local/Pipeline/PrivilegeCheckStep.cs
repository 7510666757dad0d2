using SocialCrm.Dataverse.Local.Faults;
using SocialCrm.Dataverse.Local.Security;

namespace SocialCrm.Dataverse.Local.Pipeline;

/// <summary>
/// Refuses a read by a user whose roles withhold the table's read privilege (prvRead&lt;table&gt;), with Dataverse's
/// PrivilegeDenied (0x80040220), which the Web API answers with 403 Forbidden. Dataverse checks privileges in the core
/// operation, so pre-validation and pre-operation plug-ins have already run.
/// https://learn.microsoft.com/power-platform/admin/security-roles-privileges
/// </summary>
internal sealed class PrivilegeCheckStep : IPipelineStep
{
    private readonly WithheldPrivileges privileges;

    public PrivilegeCheckStep(WithheldPrivileges privileges)
    {
        this.privileges = privileges;
    }

    public void Run(RequestContext context, PipelineNext next)
    {
        if (context.Table is { } table && privileges.WithholdsAny(context.Caller.UserId) && context.MessageName is "Retrieve" or "RetrieveMultiple")
        {
            var privilege = "prvRead" + table.LogicalName;
            if (privileges.IsWithheld(context.Caller.UserId, privilege))
            {
                throw DataverseFault.Create(
                    ErrorCodes.PrivilegeDenied,
                    $"Principal user (Id={context.Caller.UserId}, type=8) is missing {privilege} privilege for entity '{table.LogicalName}'.");
            }
        }

        next.Run();
    }
}
