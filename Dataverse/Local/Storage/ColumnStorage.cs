using System;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Xrm.Sdk;
using SocialCrm.Dataverse.Local.Metadata;

namespace SocialCrm.Dataverse.Local.Storage;

/// <summary>
/// How each column type is stored in SQLite and read back as the SDK type Dataverse returns. Text compares without
/// case, like Dataverse's SQL collation; dates are UTC ticks at whole seconds (Dataverse keeps no fractions of a second:
/// createdon and every date-time column come back as "2023-10-15T07:30:00Z") so they sort and compare as numbers;
/// decimals are REAL rounded back to the column's precision on read.
/// https://learn.microsoft.com/power-apps/maker/data-platform/behavior-format-date-time-field
/// </summary>
internal static class ColumnStorage
{
    public static string SqlType(ColumnDefinition column) => column.Type switch
    {
        ColumnType.String or ColumnType.Memo => "TEXT COLLATE NOCASE",
        ColumnType.PrimaryKey or ColumnType.UniqueIdentifier or ColumnType.Lookup or ColumnType.Customer or ColumnType.Owner => "TEXT",
        ColumnType.Decimal or ColumnType.Double or ColumnType.Money => "REAL",
        _ => "INTEGER",
    };

    /// <summary>The SQLite value of an SDK value that validation has already accepted for <paramref name="column"/>.</summary>
    public static object ToSql(ColumnDefinition column, object? value) => value switch
    {
        null => DBNull.Value,
        string text when column.Type is ColumnType.PrimaryKey or ColumnType.UniqueIdentifier => Guid.Parse(text).ToString("D"),
        string text => text,
        Guid id => id.ToString("D"),
        EntityReference reference => reference.Id.ToString("D"),
        OptionSetValue option => option.Value,
        Money money => (double)money.Value,
        bool flag => flag ? 1 : 0,
        DateTime time => WholeSeconds(ToUtc(time)).Ticks,
        decimal number => (double)number,
        Enum choice => Convert.ToInt32(choice, CultureInfo.InvariantCulture),
        _ => value,
    };

    /// <summary>
    /// Binds the SQLite value of <paramref name="value"/> (as <see cref="ToSql"/> gives it) to a parameter of
    /// <paramref name="statement"/> by its type, without boxing the stored value or making a string of an id: every
    /// column of every row a write sends comes through here.
    /// </summary>
    public static void Bind(RowStatement statement, int index, ColumnDefinition column, object? value)
    {
        switch (value)
        {
            case null:
                statement.BindNull(index);
                break;
            case Guid id:
                statement.BindGuid(index, id);
                break;
            case EntityReference reference:
                statement.BindGuid(index, reference.Id);
                break;
            case string text when column.Type is ColumnType.PrimaryKey or ColumnType.UniqueIdentifier:
                statement.BindGuid(index, Guid.Parse(text));
                break;
            case string text:
                statement.BindText(index, text);
                break;
            case OptionSetValue option:
                statement.BindInt64(index, option.Value);
                break;
            case DateTime time:
                statement.BindInt64(index, WholeSeconds(ToUtc(time)).Ticks);
                break;
            case bool flag:
                statement.BindInt64(index, flag ? 1 : 0);
                break;
            case int number:
                statement.BindInt64(index, number);
                break;
            case long number:
                statement.BindInt64(index, number);
                break;
            case decimal number:
                statement.BindDouble(index, (double)number);
                break;
            case double number:
                statement.BindDouble(index, number);
                break;
            case Money money:
                statement.BindDouble(index, (double)money.Value);
                break;
            default:
                statement.Bind(index, ToSql(column, value));
                break;
        }
    }

    public static DateTime ToUtc(DateTime time) => time.Kind switch
    {
        DateTimeKind.Local => time.ToUniversalTime(),
        DateTimeKind.Unspecified => DateTime.SpecifyKind(time, DateTimeKind.Utc),
        _ => time,
    };

    /// <summary><paramref name="time"/> without its fraction of a second, as Dataverse stores it.</summary>
    public static DateTime WholeSeconds(DateTime time) => new(time.Ticks - (time.Ticks % TimeSpan.TicksPerSecond), time.Kind);

    /// <summary>Reads the value at <paramref name="ordinal"/> as the SDK type of <paramref name="column"/>; null when the row has none.</summary>
    public static object? FromSql(ColumnDefinition column, SqliteDataReader reader, int ordinal, string? lookupTable) =>
        FromSql(column, new DataReaderValues(reader), ordinal, lookupTable);

    /// <summary>Reads the value at <paramref name="ordinal"/> as the SDK type of <paramref name="column"/>; null when the row has none.</summary>
    public static object? FromSql<TValues>(ColumnDefinition column, TValues values, int ordinal, string? lookupTable)
        where TValues : IStoredValues
    {
        if (values.IsDBNull(ordinal))
        {
            return null;
        }

        return column.Type switch
        {
            ColumnType.String or ColumnType.Memo => values.GetString(ordinal),
            ColumnType.PrimaryKey or ColumnType.UniqueIdentifier => Guid.Parse(values.GetString(ordinal)),
            ColumnType.Lookup or ColumnType.Customer or ColumnType.Owner =>
                new EntityReference(lookupTable ?? (column.Targets.Count > 0 ? column.Targets[0] : string.Empty), Guid.Parse(values.GetString(ordinal))),
            ColumnType.Integer => (int)values.GetInt64(ordinal),
            ColumnType.BigInt => values.GetInt64(ordinal),
            ColumnType.Decimal => Math.Round((decimal)values.GetDouble(ordinal), column.Precision ?? 10),
            ColumnType.Double => values.GetDouble(ordinal),
            ColumnType.Money => new Money(Math.Round((decimal)values.GetDouble(ordinal), column.Precision ?? 4)),
            ColumnType.Boolean => values.GetInt64(ordinal) != 0,
            ColumnType.DateTime => new DateTime(values.GetInt64(ordinal), DateTimeKind.Utc),
            ColumnType.Picklist or ColumnType.State or ColumnType.Status => new OptionSetValue((int)values.GetInt64(ordinal)),
            _ => values.GetValue(ordinal),
        };
    }
}
