namespace SocialCrm.Integration.Sources.Import;

public enum ImportFormat
{
    /// <summary>JSON Lines: one JSON object per line, field names of a mention.</summary>
    JsonLines,

    /// <summary>CSV (RFC 4180): a header row of field names, then one mention per record.</summary>
    Csv,
}
