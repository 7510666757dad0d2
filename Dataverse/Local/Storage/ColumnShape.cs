using System;
using Microsoft.Xrm.Sdk;

namespace SocialCrm.Dataverse.Local.Storage;

/// <summary>
/// The columns a row carries, in their order, less its primary key: what names a prepared INSERT or UPDATE. Read from
/// the row itself to find a statement (no text is built and nothing allocated per row written), kept as names once a
/// statement is prepared. Two rows with the same columns in another order have different shapes and get statements of
/// their own.
/// </summary>
internal readonly struct ColumnShape : IEquatable<ColumnShape>
{
    private readonly AttributeCollection? row;
    private readonly string[]? names;
    private readonly string primaryId;
    private readonly int hash;

    public ColumnShape(Entity row, string primaryId)
    {
        this.row = row.Attributes;
        names = null;
        this.primaryId = primaryId;
        var combined = 0;
        var count = 0;
        foreach (var (name, _) in this.row.Unboxed)
        {
            if (name != primaryId)
            {
                combined = (combined * 31) + NameHash(name);
                count++;
            }
        }

        hash = combined ^ count;
        IsEmpty = count == 0;
    }

    private ColumnShape(string[] names, string primaryId, int hash)
    {
        row = null;
        this.names = names;
        this.primaryId = primaryId;
        this.hash = hash;
        IsEmpty = names.Length == 0;
    }

    /// <summary>True when the row carries no column but its primary key: an update with nothing to write.</summary>
    public bool IsEmpty { get; }

    /// <summary>The shape as names, so that it outlives the row it was read from.</summary>
    public ColumnShape Kept() => names is not null ? this : new(Names(), primaryId, hash);

    public bool Equals(ColumnShape other)
    {
        if (hash != other.hash || primaryId != other.primaryId)
        {
            return false;
        }

        if (names is null && other.names is null)
        {
            return Names().AsSpan().SequenceEqual(other.Names());
        }

        // A row's shape against a kept one (finding a statement): the row's columns are compared as they are read.
        var (live, kept) = names is null ? (row!, other.names!) : (other.row!, names);
        var index = 0;
        foreach (var (name, _) in live.Unboxed)
        {
            if (name != primaryId && (index == kept.Length || kept[index++] != name))
            {
                return false;
            }
        }

        return index == kept.Length;
    }

    public override bool Equals(object? obj) => obj is ColumnShape other && Equals(other);

    public override int GetHashCode() => hash;

    // Only narrows the search, which compares the names themselves: a name's length and two of its characters tell
    // shapes apart for a fraction of a full string hash (every row written hashes all its column names).
    private static int NameHash(string name) => name.Length == 0 ? 0 : (name.Length << 16) ^ (name[^1] << 8) ^ name[name.Length / 2];

    private string[] Names()
    {
        var list = new string[row!.Count];
        var count = 0;
        foreach (var (name, _) in row.Unboxed)
        {
            if (name != primaryId)
            {
                list[count++] = name;
            }
        }

        return list.AsSpan(0, count).ToArray();
    }
}
