using System;
using System.Collections.Generic;
using System.Linq;

namespace SocialCrm.Dataverse.Local.Metadata;

/// <summary>An alternate key: a set of columns whose values are unique across the table.</summary>
public sealed class AlternateKeyDefinition
{
    public AlternateKeyDefinition(string logicalName, IEnumerable<string> columns)
    {
        LogicalName = logicalName.ToLowerInvariant();
        Columns = columns.Select(c => c.ToLowerInvariant()).ToList();
        if (Columns.Count == 0)
        {
            throw new ArgumentException($"Alternate key '{logicalName}' names no column.", nameof(columns));
        }
    }

    public string LogicalName { get; }

    public IReadOnlyList<string> Columns { get; }

    /// <summary>Whether <paramref name="columnNames"/> are exactly this key's columns, in any order.</summary>
    public bool IsMadeOf(IEnumerable<string> columnNames)
    {
        var names = columnNames.Select(c => c.ToLowerInvariant()).ToHashSet();
        return names.Count == Columns.Count && Columns.All(names.Contains);
    }
}
