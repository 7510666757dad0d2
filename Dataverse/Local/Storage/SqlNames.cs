namespace SocialCrm.Dataverse.Local.Storage;

/// <summary>
/// How Dataverse names become SQLite identifiers: one SQLite table per Dataverse table, one column per column, and a
/// companion column holding the target table of each lookup. Names come from metadata, never from request values.
/// </summary>
internal static class SqlNames
{
    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"") + "\"";

    /// <summary>The column that stores which table a lookup value points to.</summary>
    public static string LookupTypeColumn(string lookupColumn) => lookupColumn + "__type";
}
