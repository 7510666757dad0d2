using Microsoft.Xrm.Sdk;

namespace SocialCrm.Plugins.Stores;

/// <summary>Writes column values onto rows the plug-ins build.</summary>
public static class EntityValueExtensions
{
    /// <summary>
    /// Sets the column, or leaves it out when the value is null and <paramref name="withEmpty"/> is false: for a new
    /// row, whose columns start empty, never for an update, where a null clears the column.
    /// </summary>
    public static void Set(this Entity row, string column, object? value, bool withEmpty)
    {
        if (value != null || withEmpty)
        {
            row[column] = value;
        }
    }
}
