using System;
using System.Globalization;
using SocialCrm.Dataverse.Local.Faults;
using SocialCrm.Dataverse.Local.Metadata;

namespace SocialCrm.Dataverse.Local.FetchXml;

/// <summary>
/// A condition value written in FetchXML (always text) as the SDK value of its column: numbers and choices in invariant
/// form, booleans as 1/0 or true/false, dates in ISO 8601 (UTC unless they say otherwise), ids with or without braces.
/// A value the column cannot hold fails naming the column and the value.
/// </summary>
internal static class FetchValues
{
    public static object Of(ColumnDefinition column, string text)
    {
        var value = Parse(column.Type, text.Trim());
        return value ?? throw DataverseFault.Create(
            ErrorCodes.QueryBuilderInvalidValue,
            $"The value '{text}' is not a valid {column.Type} value for the attribute '{column.LogicalName}'.");
    }

    public static int Count(string attribute, string text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var count)
            ? count
            : throw DataverseFault.Create(ErrorCodes.QueryBuilderInvalidValue, $"The value '{text}' of the condition on '{attribute}' is not a whole number.");

    private static object? Parse(ColumnType type, string text) => type switch
    {
        ColumnType.String or ColumnType.Memo => text,
        ColumnType.Integer or ColumnType.Picklist or ColumnType.State or ColumnType.Status =>
            int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : null,
        ColumnType.BigInt => long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var big) ? big : null,
        ColumnType.Decimal or ColumnType.Money => decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) ? amount : null,
        ColumnType.Double => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) ? real : null,
        ColumnType.Boolean => text switch { "1" or "true" => true, "0" or "false" => false, _ => null },
        ColumnType.DateTime => DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var time) ? time : null,
        _ => Guid.TryParse(text, out var id) ? id : null,
    };
}
