namespace SocialCrm.Dataverse.Local.Metadata;

/// <summary>
/// The column types LocalDataverse stores, named after Dataverse's AttributeTypeCode. Each maps to one SDK value type
/// and to one SQLite storage class.
/// </summary>
public enum ColumnType
{
    /// <summary>The table's primary key (Guid).</summary>
    PrimaryKey,
    /// <summary>Single line of text (string), bounded by MaxLength.</summary>
    String,
    /// <summary>Multiple lines of text (string), bounded by MaxLength.</summary>
    Memo,
    /// <summary>Whole number (int).</summary>
    Integer,
    /// <summary>Big integer (long).</summary>
    BigInt,
    /// <summary>Decimal number (decimal).</summary>
    Decimal,
    /// <summary>Floating point number (double).</summary>
    Double,
    /// <summary>Currency (Money).</summary>
    Money,
    /// <summary>Yes/No (bool).</summary>
    Boolean,
    /// <summary>Date and time (DateTime, stored in UTC).</summary>
    DateTime,
    /// <summary>A reference to one row of one or more tables (EntityReference).</summary>
    Lookup,
    /// <summary>A reference to an account or a contact (EntityReference).</summary>
    Customer,
    /// <summary>A reference to a user or a team (EntityReference).</summary>
    Owner,
    /// <summary>Choice (OptionSetValue).</summary>
    Picklist,
    /// <summary>statecode (OptionSetValue).</summary>
    State,
    /// <summary>statuscode (OptionSetValue).</summary>
    Status,
    /// <summary>A Guid that is not a key.</summary>
    UniqueIdentifier,
}
