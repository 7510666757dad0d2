using Microsoft.Xrm.Sdk;

namespace SocialCrm.Plugins.Tests.Support;

/// <summary>Sets a column and returns the row, so test rows read as one expression.</summary>
internal static class EntityExtensions
{
    public static Entity With(this Entity row, string column, object? value)
    {
        row[column] = value;
        return row;
    }
}
