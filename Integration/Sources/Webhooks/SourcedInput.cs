using System;
using System.Collections.Generic;
using System.Text.Json;
using SocialCrm.Integration.Mentions;

namespace SocialCrm.Integration.Sources.Webhooks;

/// <summary>
/// A mention read from one item of a delivery, with the JSON it came from (kept in a dead letter if the edge refuses
/// it), or, when a value of the item is not text, only that JSON and why it could not be read.
/// </summary>
public sealed record SourcedInput(MentionInput? Input, string Raw, string? Unreadable = null)
{
    /// <summary>Adds what <paramref name="read"/> makes of <paramref name="item"/>: a mention, nothing (not a mention),
    /// or the item refused alone because a value in it is not text, so its siblings still land.</summary>
    public static void Read(List<SourcedInput> inputs, JsonElement item, Func<MentionInput?> read)
    {
        try
        {
            if (read() is { } input)
            {
                inputs.Add(new SourcedInput(input, JsonText.Raw(item)));
            }
        }
        catch (UnreadableTextException e)
        {
            inputs.Add(new SourcedInput(null, JsonText.Raw(item), e.Message));
        }
    }
}
