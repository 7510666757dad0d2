using System;
using System.Linq;

namespace SocialCrm.Dataverse.Local.Metadata;

/// <summary>
/// Whether rows of a table may go in a queue. Enabling queues for a table gives it a one-to-many relationship to
/// queueitem's objectid ("{table}_QueueItem"); a table without one is not queue-enabled and AddToQueue refuses it.
/// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/queueitem
/// </summary>
public static class QueueEnabled
{
    public const string ObjectColumn = "objectid";

    public static string RelationshipName(string table) => table + "_QueueItem";

    public static bool Allows(MetadataCatalog catalog, string table) =>
        catalog.Relationships.Any(relationship =>
            string.Equals(relationship.ReferencingTable, "queueitem", StringComparison.OrdinalIgnoreCase)
            && string.Equals(relationship.ReferencingColumn, ObjectColumn, StringComparison.OrdinalIgnoreCase)
            && string.Equals(relationship.ReferencedTable, table, StringComparison.OrdinalIgnoreCase));
}
