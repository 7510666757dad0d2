using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SocialCrm.Dataverse.Local.Metadata;

namespace SocialCrm.Dataverse.Local.Records;

/// <summary>
/// Columns Dataverse computes from others. contact.fullname is "first last" (the default full name format of an
/// organization); it is recomputed whenever first or last name is written.
/// </summary>
internal static class ComputedColumns
{
    private static readonly string[] NameParts = { "firstname", "lastname" };

    /// <summary>The columns an update must read from the current row: the row version, and the inputs of computed columns.</summary>
    public static ColumnSet ReadFor(TableDefinition table) =>
        table.LogicalName == "contact" ? new ColumnSet(NameParts) : new ColumnSet(false);

    /// <summary>Whether writing <paramref name="row"/> computes a column from the row as stored (a contact's other name part).</summary>
    public static bool ReadsCurrentRow(TableDefinition table, Entity row) => table.LogicalName == "contact" && NameParts.Any(row.Contains);

    public static void Apply(TableDefinition table, Entity row, Entity? existing)
    {
        if (!ReadsCurrentRow(table, row))
        {
            return;
        }

        string? Part(string name) => row.Contains(name) ? row.GetAttributeValue<string>(name) : existing?.GetAttributeValue<string>(name);
        var fullName = string.Join(" ", new[] { Part("firstname"), Part("lastname") }.Where(p => !string.IsNullOrWhiteSpace(p)));
        row["fullname"] = fullName.Length == 0 ? null : fullName;
    }
}
