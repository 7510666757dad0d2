using Microsoft.Data.Sqlite;

namespace SocialCrm.Dataverse.Local.Storage;

/// <summary>The current row of a Microsoft.Data.Sqlite reader as <see cref="IStoredValues"/>.</summary>
internal readonly struct DataReaderValues : IStoredValues
{
    private readonly SqliteDataReader reader;

    public DataReaderValues(SqliteDataReader reader)
    {
        this.reader = reader;
    }

    public bool IsDBNull(int ordinal) => reader.IsDBNull(ordinal);

    public string GetString(int ordinal) => reader.GetString(ordinal);

    public long GetInt64(int ordinal) => reader.GetInt64(ordinal);

    public double GetDouble(int ordinal) => reader.GetDouble(ordinal);

    public object GetValue(int ordinal) => reader.GetValue(ordinal);
}
