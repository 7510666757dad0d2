using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SocialCrm.Dataverse.Local.Faults;
using SocialCrm.Dataverse.Local.Metadata;

namespace SocialCrm.Dataverse.Local.Records;

/// <summary>
/// Checks the columns of a write against metadata, with the errors Dataverse gives: an unknown column, a value of the
/// wrong type, text past its maximum length, a choice value the column does not define.
/// </summary>
internal static class ValueValidator
{
    /// <param name="valuesToo">False before plug-ins run: only columns and types are checked then, since a pre-operation
    /// plug-in may still shorten a text or fix a choice; lengths and ranges are checked at the main operation.</param>
    public static void Validate(TableDefinition table, Entity row, bool valuesToo = true)
    {
        foreach (var (name, value) in row.Attributes.Unboxed)
        {
            var column = table.FindColumn(name) ?? throw DataverseFault.UnknownColumn(table.LogicalName, name);
            if (value is null)
            {
                continue;
            }

            // One test of the value's type per column, by the column's type: every column of every write comes through here.
            switch (column.Type)
            {
                case ColumnType.String or ColumnType.Memo:
                    if (value is not string text)
                    {
                        throw WrongType(value);
                    }

                    if (valuesToo && column.MaxLength is int max && text.Length > max)
                    {
                        throw TooLong(table, column, max);
                    }

                    break;
                case ColumnType.Picklist or ColumnType.State or ColumnType.Status:
                    if (value is not OptionSetValue option)
                    {
                        throw WrongType(value);
                    }

                    if (valuesToo && column.Options.Count > 0 && OptionOf(column, option.Value) is null)
                    {
                        throw OutOfRange(table, column, option);
                    }

                    break;
                case ColumnType.Lookup or ColumnType.Customer or ColumnType.Owner:
                    if (value is not EntityReference reference)
                    {
                        throw WrongType(value);
                    }

                    if (valuesToo && column.Targets.Count > 0 && !column.Targets.Contains(reference.LogicalName?.ToLowerInvariant() ?? string.Empty))
                    {
                        throw NotATarget(table, column, reference);
                    }

                    break;
                default:
                    if (!HasExpectedType(column, value))
                    {
                        throw WrongType(value);
                    }

                    break;
            }
        }
    }

    // The message Dataverse gives for a value of another type than the column's.
    private static Exception WrongType(object value) =>
        DataverseFault.Create(ErrorCodes.InvalidArgument, $"Incorrect attribute value type {value.GetType().FullName}");

    private static Exception TooLong(TableDefinition table, ColumnDefinition column, int max) => DataverseFault.Create(
        ErrorCodes.StringLengthTooLong,
        $"A validation error occurred. The length of the '{column.LogicalName}' attribute of the '{table.LogicalName}' entity exceeded the maximum allowed length of '{max}'.");

    private static Exception OutOfRange(TableDefinition table, ColumnDefinition column, OptionSetValue option) => DataverseFault.Create(
        ErrorCodes.PicklistValueOutOfRange,
        $"A validation error occurred. The value {option.Value.ToString(CultureInfo.InvariantCulture)} of '{column.LogicalName}' on record of type '{table.LogicalName}' is outside the valid range. Accepted Values: {string.Join(",", column.Options.Select(o => o.Value))}");

    private static Exception NotATarget(TableDefinition table, ColumnDefinition column, EntityReference reference) => DataverseFault.Create(
        ErrorCodes.InvalidArgument,
        $"{reference.LogicalName} is not a valid target for '{column.LogicalName}' of '{table.LogicalName}'; it accepts {string.Join(", ", column.Targets)}.");

    /// <summary>
    /// Checks that the statuscode <paramref name="row"/> sets belongs to <paramref name="state"/>, the statecode the row
    /// has once written: Dataverse refuses a status of another state, whether sent alone or with a statecode.
    /// </summary>
    public static void ValidateStatus(TableDefinition table, Entity row, int state)
    {
        if (row.GetAttributeValue<OptionSetValue>(PlatformColumns.StatusCode) is not { } status
            || OptionOf(table.FindColumn(PlatformColumns.StatusCode), status.Value) is not { State: int owner }
            || owner == state)
        {
            return;
        }

        throw InvalidStatus(table, row, status, state);
    }

    // Apart from ValidateStatus: the closure of its query would be allocated by every write that checks a status.
    private static Exception InvalidStatus(TableDefinition table, Entity row, OptionSetValue status, int state)
    {
        var stateLabel = table.FindColumn(PlatformColumns.StateCode)?.Options.FirstOrDefault(o => o.Value == state)?.Label ?? state.ToString(CultureInfo.InvariantCulture);
        return DataverseFault.Create(
            ErrorCodes.InvalidStateCodeStatusCode,
            $"{status.Value.ToString(CultureInfo.InvariantCulture)} is not a valid status code for state code {table.LogicalName}State.{stateLabel} on {table.LogicalName} with Id {row.Id}.");
    }

    // A loop rather than a query: every write of a row with a status asks.
    private static OptionDefinition? OptionOf(ColumnDefinition? column, int value)
    {
        var options = column?.Options ?? Array.Empty<OptionDefinition>();
        for (var i = 0; i < options.Count; i++)
        {
            if (options[i].Value == value)
            {
                return options[i];
            }
        }

        return null;
    }

    private static bool HasExpectedType(ColumnDefinition column, object value) => column.Type switch
    {
        ColumnType.String or ColumnType.Memo => value is string,
        ColumnType.Integer => value is int,
        ColumnType.BigInt => value is long,
        ColumnType.Decimal => value is decimal,
        ColumnType.Double => value is double,
        ColumnType.Money => value is Money,
        ColumnType.Boolean => value is bool,
        ColumnType.DateTime => value is DateTime,
        ColumnType.Lookup or ColumnType.Customer or ColumnType.Owner => value is EntityReference,
        ColumnType.Picklist or ColumnType.State or ColumnType.Status => value is OptionSetValue,
        ColumnType.PrimaryKey or ColumnType.UniqueIdentifier => value is Guid,
        _ => true,
    };

    /// <summary>Whether the column <paramref name="name"/> of a row is a lookup whose row must be checked (see <see cref="Lookups"/>).</summary>
    public static bool IsCheckedLookup(TableDefinition table, string name, object? value, EntityReference? caller, [NotNullWhen(true)] out EntityReference? reference)
    {
        reference = value as EntityReference;
        return reference is not null && !ReferenceEquals(reference, caller)
            && name is not (PlatformColumns.CreatedBy or PlatformColumns.ModifiedBy) && table.FindColumn(name) is { IsLookup: true };
    }

    /// <summary>
    /// The lookups of <paramref name="rows"/> grouped by target table (in order of first appearance), to check that the
    /// rows they name exist. The audit columns name the caller, who exists by definition (the SYSTEM user writes its own
    /// row), and so does <paramref name="caller"/>, the reference the platform set to the caller itself. A loop, not a
    /// query: every single write a plug-in sends asks.
    /// </summary>
    public static IReadOnlyList<(string Table, List<EntityReference> References)> Lookups(TableDefinition table, IReadOnlyList<Entity> rows, EntityReference? caller)
    {
        List<(string Table, List<EntityReference> References)>? groups = null;
        for (var r = 0; r < rows.Count; r++)
        {
            foreach (var (name, value) in rows[r].Attributes.Unboxed)
            {
                if (!IsCheckedLookup(table, name, value, caller, out var reference))
                {
                    continue;
                }

                groups ??= new(1);
                var target = reference.LogicalName.ToLowerInvariant();
                var group = 0;
                while (group < groups.Count && groups[group].Table != target)
                {
                    group++;
                }

                if (group == groups.Count)
                {
                    groups.Add((target, new List<EntityReference>(1)));
                }

                groups[group].References.Add(reference);
            }
        }

        return groups ?? (IReadOnlyList<(string Table, List<EntityReference> References)>)Array.Empty<(string Table, List<EntityReference> References)>();
    }
}
