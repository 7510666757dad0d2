using System;
using System.Collections.Generic;
using System.Text.Json;
using SocialCrm.Integration.Mentions;
using SocialCrm.Integration.Removals;

namespace SocialCrm.Integration.Sources;

/// <summary>
/// A mention read from one item of a delivery, with the JSON it came from (kept in a dead letter if the edge refuses
/// it); or a removal (delete, hide) of a post; or an item that is neither, ignored and counted by kind; or, when a
/// value of the item is not text, only that JSON and why it could not be read; or an edit of a post's text, with the
/// ids of the post's versions when the network gives each edit an id of its own.
/// </summary>
public sealed record SourcedInput(MentionInput? Input, string Raw, string? Unreadable = null, MentionRemoval? Removal = null, string? Ignored = null,
    MentionEdit? Edit = null, PostVersions? Versions = null)
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

    /// <summary>Adds the edit <paramref name="read"/> finds in <paramref name="item"/>, an item ignored as an edit that says
    /// not when it was made (which could not be ordered against others), or the item refused alone when a value in it is
    /// not text. <paramref name="versions"/> reads the ids of the post's versions, kept whether or not the edit is.</summary>
    public static void ReadEdit(List<SourcedInput> inputs, JsonElement item, Func<MentionEdit?> read, Func<PostVersions?>? versions = null)
    {
        try
        {
            var chain = versions?.Invoke();
            inputs.Add(read() is { } edit
                ? new SourcedInput(null, JsonText.Raw(item), Edit: edit, Versions: chain)
                : new SourcedInput(null, JsonText.Raw(item), Ignored: "edit without its time", Versions: chain));
        }
        catch (UnreadableTextException e)
        {
            inputs.Add(new SourcedInput(null, JsonText.Raw(item), e.Message));
        }
    }

    /// <summary>Adds what <paramref name="read"/> makes of <paramref name="item"/>: a mention, an item ignored as
    /// <paramref name="ignoredAs"/> (not a mention: a reaction, a read receipt, the account's own post), or the item
    /// refused alone because a value in it is not text, so its siblings still land.</summary>
    public static void Read(List<SourcedInput> inputs, JsonElement item, Func<MentionInput?> read, string ignoredAs)
    {
        try
        {
            inputs.Add(read() is { } input
                ? new SourcedInput(input, JsonText.Raw(item))
                : new SourcedInput(null, JsonText.Raw(item), Ignored: ignoredAs));
        }
        catch (UnreadableTextException e)
        {
            inputs.Add(new SourcedInput(null, JsonText.Raw(item), e.Message));
        }
    }

    /// <summary>An item kept out as <paramref name="kind"/>, so the delivery's log line counts it.</summary>
    public static SourcedInput Ignore(JsonElement item, string kind) => new(null, JsonText.Raw(item), Ignored: kind);

    /// <summary>A string property of <paramref name="item"/> for naming what was ignored, never throwing; "-" when absent.</summary>
    public static string KindOf(JsonElement item, string property) =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            && JsonText.TryGetString(value, out var text) && text != null ? text : "-";
}
