using System;
using Microsoft.Xrm.Sdk;
using SocialCrm.Dataverse.Local.Metadata;

namespace SocialCrm.Dataverse.Local.WebApi.Writing;

/// <summary>A value Microsoft.OData read for a column, as the SDK type the organization service takes for it.</summary>
internal static class SdkValues
{
    public static object? For(ColumnDefinition column, object? value) => (column.Type, value) switch
    {
        (_, null) => null,
        (ColumnType.Money, decimal amount) => new Money(amount),
        (ColumnType.Picklist or ColumnType.State or ColumnType.Status, int option) => new OptionSetValue(option),
        (_, DateTimeOffset time) => time.UtcDateTime,
        _ => value,
    };

    /// <summary>A key value of a URL (a choice as its number, a lookup as its id) as the column's SDK type.</summary>
    public static object? ForKey(ColumnDefinition column, object? value) => value switch
    {
        Guid id when column.IsLookup && column.Targets.Count > 0 => new EntityReference(column.Targets[0], id),
        _ => For(column, value),
    };
}
