using System;
using System.Collections.Generic;
using System.Linq;

namespace SocialCrm.Dataverse.Local.Metadata;

/// <summary>One column of a table: its type and the constraints Dataverse checks on write.</summary>
public sealed class ColumnDefinition
{
    public ColumnDefinition(
        string logicalName,
        ColumnType type,
        RequiredLevel requiredLevel = RequiredLevel.None,
        int? maxLength = null,
        IEnumerable<OptionDefinition>? options = null,
        IEnumerable<string>? targets = null,
        int? precision = null)
    {
        if (string.IsNullOrWhiteSpace(logicalName))
        {
            throw new ArgumentException("A column needs a logical name.", nameof(logicalName));
        }

        LogicalName = logicalName.ToLowerInvariant();
        Type = type;
        RequiredLevel = requiredLevel;
        MaxLength = maxLength;
        Options = (options ?? Enumerable.Empty<OptionDefinition>()).ToList();
        Targets = (targets ?? DefaultTargets(type)).Select(t => t.ToLowerInvariant()).Distinct().ToList();
        Precision = precision;
    }

    public string LogicalName { get; }

    public ColumnType Type { get; }

    public RequiredLevel RequiredLevel { get; }

    /// <summary>Maximum length of a String or Memo value; null means unbounded.</summary>
    public int? MaxLength { get; }

    /// <summary>Allowed values of a Picklist, State or Status column; empty means any value is accepted.</summary>
    public IReadOnlyList<OptionDefinition> Options { get; }

    /// <summary>Tables a lookup may point to; empty means any table (as regardingobjectid can).</summary>
    public IReadOnlyList<string> Targets { get; }

    /// <summary>Digits after the decimal point of a Decimal or Money value.</summary>
    public int? Precision { get; }

    public bool IsLookup => Type is ColumnType.Lookup or ColumnType.Customer or ColumnType.Owner;

    public bool IsChoice => Type is ColumnType.Picklist or ColumnType.State or ColumnType.Status;

    /// <summary>A copy that also accepts <paramref name="table"/> as a lookup target (relationships add targets).</summary>
    public ColumnDefinition WithTarget(string table) =>
        new(LogicalName, Type, RequiredLevel, MaxLength, Options, Targets.Append(table), Precision);

    private static IEnumerable<string> DefaultTargets(ColumnType type) => type switch
    {
        ColumnType.Customer => new[] { "account", "contact" },
        ColumnType.Owner => new[] { "systemuser", "team" },
        _ => Enumerable.Empty<string>(),
    };
}
