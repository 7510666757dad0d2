using System;
using System.Collections.Generic;
using System.Linq;

namespace SocialCrm.Dataverse.Local.Metadata;

/// <summary>
/// The columns Dataverse gives every table (audit, owner, state, row version) and the activitypointer columns every
/// activity table shares. The platform sets most of them; callers may only set ownerid and the state columns.
/// </summary>
public static class PlatformColumns
{
    public const string CreatedOn = "createdon";
    public const string ModifiedOn = "modifiedon";
    public const string CreatedBy = "createdby";
    public const string ModifiedBy = "modifiedby";
    public const string OwnerId = "ownerid";
    public const string StateCode = "statecode";
    public const string StatusCode = "statuscode";
    public const string VersionNumber = "versionnumber";

    /// <summary>Columns the platform writes; a caller's value for them is ignored, as Dataverse ignores it.</summary>
    public static bool IsSystemManaged(string column) => column is CreatedOn or ModifiedOn or CreatedBy or ModifiedBy or VersionNumber;

    // Default state model of custom tables: https://learn.microsoft.com/power-apps/developer/data-platform/entity-metadata
    private static readonly OptionDefinition[] DefaultStates = { new(0, "Active"), new(1, "Inactive") };
    private static readonly OptionDefinition[] DefaultStatuses = { new(1, "Active", 0), new(2, "Inactive", 1) };

    // activitypointer's state model: https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/activitypointer
    private static readonly OptionDefinition[] ActivityStates =
        { new(0, "Open"), new(1, "Completed"), new(2, "Canceled"), new(3, "Scheduled") };

    private static readonly OptionDefinition[] ActivityStatuses =
        { new(1, "Open", 0), new(2, "Completed", 1), new(3, "Canceled", 2), new(4, "Scheduled", 3) };

    /// <summary>The columns of activitypointer that each activity table carries too.</summary>
    public static IEnumerable<ColumnDefinition> ActivityColumns()
    {
        yield return new ColumnDefinition("subject", ColumnType.String, maxLength: 400);
        yield return new ColumnDefinition("description", ColumnType.Memo, maxLength: 1048576);
        yield return new ColumnDefinition("regardingobjectid", ColumnType.Lookup);
        yield return new ColumnDefinition("activitytypecode", ColumnType.String, maxLength: 64);
        yield return new ColumnDefinition("scheduledstart", ColumnType.DateTime);
        yield return new ColumnDefinition("scheduledend", ColumnType.DateTime);
        yield return new ColumnDefinition("actualstart", ColumnType.DateTime);
        yield return new ColumnDefinition("actualend", ColumnType.DateTime);
        yield return new ColumnDefinition("prioritycode", ColumnType.Picklist,
            options: new[] { new OptionDefinition(0, "Low"), new OptionDefinition(1, "Normal"), new OptionDefinition(2, "High") });
    }

    /// <summary><paramref name="table"/> with every platform column it lacks.</summary>
    public static TableDefinition Complete(TableDefinition table)
    {
        var extra = new List<ColumnDefinition>
        {
            new(CreatedOn, ColumnType.DateTime),
            new(ModifiedOn, ColumnType.DateTime),
            new(CreatedBy, ColumnType.Lookup, targets: new[] { "systemuser" }),
            new(ModifiedBy, ColumnType.Lookup, targets: new[] { "systemuser" }),
            new(VersionNumber, ColumnType.BigInt),
            new(StateCode, ColumnType.State, RequiredLevel.SystemRequired, options: table.IsActivity ? ActivityStates : DefaultStates),
            new(StatusCode, ColumnType.Status, options: table.IsActivity ? ActivityStatuses : DefaultStatuses),
        };
        if (table.Ownership == OwnershipType.UserOwned)
        {
            extra.Add(new ColumnDefinition(OwnerId, ColumnType.Owner, RequiredLevel.SystemRequired));
        }

        if (table.IsActivity)
        {
            extra.AddRange(ActivityColumns());
        }

        return table.WithMissingColumns(extra);
    }

    /// <summary>The statuscode a new row gets when the caller gives none: the first status of its state.</summary>
    // A loop rather than a query: every Create asks, and the query's closure was allocated each time.
    public static int? DefaultStatusFor(TableDefinition table, int state)
    {
        var options = table.FindColumn(StatusCode)?.Options ?? Array.Empty<OptionDefinition>();
        for (var i = 0; i < options.Count; i++)
        {
            if (options[i].State == state)
            {
                return options[i].Value;
            }
        }

        return null;
    }
}
