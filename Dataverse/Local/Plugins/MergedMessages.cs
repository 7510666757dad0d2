using System;
using System.Linq;

namespace SocialCrm.Dataverse.Local.Plugins;

/// <summary>
/// The single and bulk messages whose pipelines Dataverse merges. Delete and DeleteMultiple are left apart: steps on
/// DeleteMultiple do not run for Delete, and DeleteMultiple exists for elastic tables only.
/// https://learn.microsoft.com/power-apps/developer/data-platform/bulk-operations#message-pipelines-merged
/// </summary>
internal static class MergedMessages
{
    private static readonly (string Single, string Multiple)[] Pairs =
    {
        ("Create", "CreateMultiple"),
        ("Update", "UpdateMultiple"),
        ("Upsert", "UpsertMultiple"),
    };

    /// <summary>The other message of the pair <paramref name="message"/> belongs to, if any.</summary>
    public static string? CounterpartOf(string message) =>
        Pairs.Where(p => Is(p.Single, message)).Select(p => p.Multiple)
            .Concat(Pairs.Where(p => Is(p.Multiple, message)).Select(p => p.Single))
            .FirstOrDefault();

    // Asked by every request: a loop, not a query with a closure.
    public static bool IsMultiple(string message)
    {
        foreach (var (_, multiple) in Pairs)
        {
            if (Is(multiple, message))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether filtering attributes apply to steps on <paramref name="message"/> (Update and UpdateMultiple).</summary>
    public static bool HasFilteringAttributes(string message) => Is(message, "Update") || Is(message, "UpdateMultiple");

    private static bool Is(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
