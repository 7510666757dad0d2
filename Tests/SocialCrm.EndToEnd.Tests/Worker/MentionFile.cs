using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace SocialCrm.EndToEnd.Tests.Worker;

/// <summary>Import files as a listening tool exports them: JSON Lines, one mention object a line, in the import's field names.</summary>
public static class MentionFile
{
    public static string WriteJsonLines(string folder, string name, params object[] mentions)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllLines(path, mentions.Select(mention => JsonSerializer.Serialize(mention)));
        return path;
    }

    /// <summary>A posting time <paramref name="ago"/> before now, as ISO 8601 UTC.</summary>
    public static string PostedAgo(TimeSpan ago) =>
        (DateTimeOffset.UtcNow - ago).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
