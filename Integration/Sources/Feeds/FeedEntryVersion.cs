using System;
using SocialCrm.Mentions;

namespace SocialCrm.Integration.Sources.Feeds;

/// <summary>
/// What one reading of a feed entry said: its title, its body and when it was last updated (Atom's &lt;updated&gt;). Two
/// readings of an entry are compared by these, so a changed entry becomes an edit and an unchanged one nothing.
/// </summary>
/// <param name="Title">The title as a reader sees it.</param>
/// <param name="Body">The body as a reader sees it (for a YouTube video, its media:description).</param>
/// <param name="CarriesBody">False when this reading does not carry a body at all, rather than an empty one: a YouTube
/// push notification names a video by its title only (https://developers.google.com/youtube/v3/guides/push_notifications),
/// so the description delivered before still stands.</param>
/// <param name="IsComment">A comment's text is its body alone (its title is the feed's caption).</param>
/// <param name="Updated">The entry's &lt;updated&gt;, if the feed gives one.</param>
public sealed record FeedEntryVersion(string? Title, string? Body, bool CarriesBody, bool IsComment, DateTimeOffset? Updated)
{
    /// <summary>The mention's text: the title and the body (the title left out when the body already starts with it), a
    /// comment's body alone; cut to the column's length.</summary>
    public string? Text => Fit(IsComment ? Body ?? Title : TitleAndBody(Title, Body));

    /// <summary>Whether this reading is older than <paramref name="delivered"/> (a notification that arrived late). To the
    /// second: a push writes &lt;updated&gt; with nanoseconds, the channel feed of the same version in whole seconds.</summary>
    public bool IsOlderThan(FeedEntryVersion delivered) => Seconds(Updated) < Seconds(delivered.Updated);

    private static long? Seconds(DateTimeOffset? time) => time?.ToUnixTimeSeconds();

    /// <summary>This reading with what it does not carry taken from <paramref name="delivered"/>.</summary>
    public FeedEntryVersion After(FeedEntryVersion delivered) =>
        CarriesBody ? this : this with { Body = delivered.Body, CarriesBody = delivered.CarriesBody };

    private static string? TitleAndBody(string? title, string? body) =>
        title == null ? body
        : body == null ? title
        : Repeats(title, body) ? body
        : title + "\n\n" + body;

    /// <summary>A title that is the body's opening (microblog and comment feeds make one of the first words, often with "…").</summary>
    private static bool Repeats(string title, string body)
    {
        var opening = string.Join(' ', title.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimEnd('…').TrimEnd('.').TrimEnd();
        var text = string.Join(' ', body.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return opening.Length > 0
            && text.StartsWith(opening, StringComparison.OrdinalIgnoreCase)
            && (text.Length == opening.Length || !char.IsLetterOrDigit(text[opening.Length]));
    }

    /// <summary>A long article is cut to the column's length rather than refused: a feed entry is read, not typed, and its link keeps the whole.</summary>
    private static string? Fit(string? text) =>
        string.IsNullOrEmpty(text) ? null : text.Length <= MentionTable.DescriptionLength ? text : text[..(MentionTable.DescriptionLength - 1)] + "…";
}
