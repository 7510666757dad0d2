using System;
using SocialCrm.Dataverse.Local.Metadata;
using SocialCrm.Dataverse.Local.Registration;

namespace SocialCrm.Dataverse.Local.Solutions;

/// <summary>
/// Whether a step's message exists for its table. Dataverse registers a step on a message filter (sdkmessagefilter),
/// which exists only for the tables the message applies to, so importing a step on another table fails
/// (https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/sdkmessagefilter).
/// </summary>
internal static class StepFilters
{
    /// <summary>Throws, naming the step, when its table does not have its message.</summary>
    public static void Check(StepRegistration step, MetadataCatalog catalog)
    {
        if (step.PrimaryEntity is null)
        {
            return;
        }

        var where = $"{SolutionPackage.CustomizationsFile}, <SdkMessageProcessingStep Name=\"{step.Name}\">, <PrimaryEntity>";
        var table = catalog.FindTable(step.PrimaryEntity)
            ?? throw new FormatException($"{where}: there is no table '{step.PrimaryEntity}', so {step.MessageName} has no message filter for it.");
        var unsupported = step.MessageName switch
        {
            // Only a record with an owner can be assigned or shared.
            "Assign" or "GrantAccess" or "ModifyAccess" or "RevokeAccess" when table.Ownership != OwnershipType.UserOwned =>
                $"{table.LogicalName} is organization-owned, and {step.MessageName} applies only to tables whose records have an owner.",
            "SetState" when !table.HasColumn("statecode") => $"{table.LogicalName} has no status (statecode), so it has no SetState.",
            _ => null,
        };
        if (unsupported is not null)
        {
            throw new FormatException($"{where}: {unsupported}");
        }
    }
}
