namespace SocialCrm.Dataverse.Local.Storage;

/// <summary>
/// The values of the current result row of a statement, by ordinal from 0: what <see cref="ColumnStorage.FromSql{TValues}"/>
/// reads, whether the statement is Microsoft.Data.Sqlite's (<see cref="DataReaderValues"/>) or one the store runs
/// itself (<see cref="RowStatement"/>).
/// </summary>
internal interface IStoredValues
{
    bool IsDBNull(int ordinal);

    string GetString(int ordinal);

    long GetInt64(int ordinal);

    double GetDouble(int ordinal);

    /// <summary>The value as SQLite stores it: a long, a double, a string, a byte array, or DBNull.</summary>
    object GetValue(int ordinal);
}
