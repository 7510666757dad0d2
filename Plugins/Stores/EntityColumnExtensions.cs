using System;
using Microsoft.Xrm.Sdk;

namespace SocialCrm.Plugins.Stores;

/// <summary>Reads Dataverse column values as the plain values the domain takes.</summary>
public static class EntityColumnExtensions
{
    /// <summary>A choice's option value; a plain int is accepted too (the Web API and some callers send one).</summary>
    public static int? OptionValue(this Entity entity, string column)
    {
        var value = Raw(entity, column);
        return value is OptionSetValue option ? option.Value : value is int number ? number : (int?)null;
    }

    /// <summary>A decimal, float or whole-number column as a double.</summary>
    public static double? NumberValue(this Entity entity, string column)
    {
        var value = Raw(entity, column);
        return value is decimal d ? (double)d
            : value is double f ? f
            : value is int i ? i
            : (double?)null;
    }

    public static int? WholeNumber(this Entity entity, string column)
    {
        var value = Raw(entity, column);
        return value is int i ? i : value is decimal d ? (int)Math.Round(d) : (int?)null;
    }

    public static bool? BooleanValue(this Entity entity, string column) => Raw(entity, column) as bool?;

    /// <summary>
    /// A date and time as UTC. The SDK returns UTC for user-local and time-zone-independent columns alike; a value a
    /// caller built without a kind is taken as UTC, as Dataverse takes it.
    /// </summary>
    public static DateTime? UtcDate(this Entity entity, string column)
    {
        if (!(Raw(entity, column) is DateTime value))
        {
            return null;
        }

        return value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : DateTime.SpecifyKind(value, DateTimeKind.Utc);
    }

    public static Guid? ReferenceId(this Entity entity, string column) => (Raw(entity, column) as EntityReference)?.Id;

    public static string? Text(this Entity entity, string column) => Raw(entity, column) as string;

    // Linked-table columns come back as AliasedValue under "alias.column".
    private static object? Raw(Entity entity, string column)
    {
        if (!entity.Attributes.TryGetValue(column, out var value))
        {
            return null;
        }

        return value is AliasedValue aliased ? aliased.Value : value;
    }
}
