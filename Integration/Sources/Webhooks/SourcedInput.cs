using System;
using System.Collections.Generic;
using System.Text.Json;
using SocialCrm.Integration.Mentions;
using SocialCrm.Integration.Removals;

namespace SocialCrm.Integration.Sources.Webhooks;

/// <summary>
/// A mention read from one item of a delivery, with the JSON it came from (kept in a dead letter if the edge refuses
/// it); or a removal (delete, hide) of a post; or, when a value of the item is not text, only that JSON and why it
/// could not be read.
/// </summary>
public sealed record SourcedInput(MentionInput? Input, string Raw, string? Unreadable = null, MentionRemoval? Removal = null)
{
    /// <summary>Adds the removal <paramref name="read"/> finds in <paramref name="item"/> (a delete, a hide), if any, or
    /// the item refused alone when a value in it is not text.</summary>
    public static void ReadRemoval(List<SourcedInput> inputs, JsonElement item, Func<MentionRemoval?> read)
    {
        try
        {
            if (read() is { } removal)
            {
                inputs.Add(new SourcedInput(null, JsonText.Raw(item), Removal: removal));
            }
        }
        catch (UnreadableTextException e)
        {
            inputs.Add(new SourcedInput(null, JsonText.Raw(item), e.Message));
        }
    }

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
