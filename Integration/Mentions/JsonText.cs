using System;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace SocialCrm.Integration.Mentions;

/// <summary>
/// Strings of JSON that may not be text. JSON can escape an unpaired surrogate ("\uD800") and a sender can put bytes
/// that are not UTF-8 inside quotes; the document still parses, and only reading the value as a string throws
/// (InvalidOperationException). Reading through here turns that into an answer about one value, so one bad field is
/// one rejected mention, not a failed request or import.
/// </summary>
public static class JsonText
{
    public const string NotText = "is not valid text: it holds an unpaired surrogate or bytes that are not UTF-8";

    public static bool TryGetString(JsonElement value, out string? text)
    {
        try
        {
            text = value.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            text = null;
            return false;
        }
    }

    /// <summary>The element as it was sent, with bytes that are not UTF-8 shown as U+FFFD: for a person to read, never to parse.</summary>
    public static string Raw(JsonElement element) => Encoding.UTF8.GetString(JsonMarshal.GetRawUtf8Value(element));
}
