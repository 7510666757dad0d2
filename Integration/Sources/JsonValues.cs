using System.Globalization;
using System.Text.Json;
using SocialCrm.Integration.Mentions;

namespace SocialCrm.Integration.Sources;

/// <summary>Reads the values of a network's JSON as text, whether it sent a string or a number.</summary>
internal static class JsonValues
{
    /// <exception cref="UnreadableTextException">The value is a string that is not text (see <see cref="JsonText"/>).</exception>
    public static string? Text(this JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) ? AsText(value, property) : null;

    public static JsonElement Child(this JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) ? value : default;

    public static JsonElement.ArrayEnumerator Items(this JsonElement element, string property) =>
        element.Child(property) is { ValueKind: JsonValueKind.Array } array ? array.EnumerateArray() : default;

    private static string? AsText(JsonElement value, string property) => value.ValueKind switch
    {
        JsonValueKind.String => JsonText.TryGetString(value, out var text) ? text : throw new UnreadableTextException(property),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => null,
    };

    /// <summary>Unix milliseconds (Messenger's and X's DM timestamps) as Unix seconds, the edge's numeric form.</summary>
    public static string? MillisecondsToSeconds(string? milliseconds) =>
        long.TryParse(milliseconds, NumberStyles.None, CultureInfo.InvariantCulture, out var ms)
            ? (ms / 1000).ToString(CultureInfo.InvariantCulture)
            : milliseconds;
}
