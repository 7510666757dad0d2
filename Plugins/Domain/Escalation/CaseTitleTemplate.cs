using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Domain.Intake;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.Plugins.Domain.Escalation;

/// <summary>
/// A case title with placeholders: {author} (the @handle, else the display name), {platform}, {keyword} (the keyword
/// that matched), {subject} and {text} or {text:80} (the mention's text, cut to 80 characters). A placeholder with no
/// value is left out, and so is the separator it leaves at the end ("…with @jane: {subject}" without a subject ends at
/// "@jane").
/// </summary>
public sealed class CaseTitleTemplate
{
    public const string Default = "Escalated {platform} conversation with {author}: {subject}";

    private static readonly char[] TrailingSeparators = { ' ', ':', '-', '–', '—', ',', ';', '|' };

    private readonly IReadOnlyList<Part> _parts;

    private CaseTitleTemplate(string text, IReadOnlyList<Part> parts)
    {
        Text = text;
        _parts = parts;
    }

    public string Text { get; }

    /// <summary>Parses a template; blank gives <see cref="Default"/>.</summary>
    /// <exception cref="InvalidEscalationRuleException">An unknown placeholder, a brace left open, or a bad length.</exception>
    public static CaseTitleTemplate Parse(string? template)
    {
        var text = string.IsNullOrWhiteSpace(template) ? Default : template!.Trim();
        var parts = new List<Part>();
        var position = 0;
        while (position < text.Length)
        {
            var open = text.IndexOf('{', position);
            if (open < 0)
            {
                parts.Add(Part.Literal(text.Substring(position)));
                break;
            }

            var close = text.IndexOf('}', open);
            if (close < 0)
            {
                throw Invalid($"the '{{' at position {open + 1} is never closed.");
            }

            parts.Add(Part.Literal(text.Substring(position, open - position)));
            parts.Add(Placeholder(text.Substring(open + 1, close - open - 1)));
            position = close + 1;
        }

        return new CaseTitleTemplate(text, parts);
    }

    public string Render(EscalationContext context, string? keyword)
    {
        var title = new StringBuilder();
        foreach (var part in _parts)
        {
            title.Append(part.Render(context, keyword));
        }

        var line = TextNormalizer.Line(title.ToString())?.TrimEnd(TrailingSeparators);
        return Ellipsis.Fit(string.IsNullOrEmpty(line) ? $"{context.Mention.Platform} conversation" : line!, StandardTables.Incident.TitleLength);
    }

    /// <summary>@handle, else the display name, else "an unknown author".</summary>
    public static string AuthorOf(EscalatingAuthor author)
    {
        var handle = TextNormalizer.Handle(author.Handle);
        return handle != null ? "@" + handle : TextNormalizer.Line(author.DisplayName) ?? "an unknown author";
    }

    private static Part Placeholder(string name)
    {
        switch (name.Trim().ToLowerInvariant())
        {
            case "author":
                return new Part((context, _) => AuthorOf(context.Author));
            case "platform":
                return new Part((context, _) => context.Mention.Platform.ToString());
            case "keyword":
                return new Part((_, keyword) => keyword);
            case "subject":
                return new Part((context, _) => TextNormalizer.Line(context.Mention.Subject));
            case "text":
                return new Part((context, _) => TextNormalizer.Line(context.Mention.Text));
        }

        var colon = name.IndexOf(':');
        if (colon > 0 && name.Substring(0, colon).Trim().Equals("text", StringComparison.OrdinalIgnoreCase))
        {
            if (!int.TryParse(name.Substring(colon + 1).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var length)
                || length < 2 || length > StandardTables.Incident.TitleLength)
            {
                throw Invalid($"{{{name}}} needs a length from 2 to {StandardTables.Incident.TitleLength}, as in {{text:80}}.");
            }

            return new Part((context, _) => TextNormalizer.Line(context.Mention.Text) is { } text ? Ellipsis.Fit(text, length) : null);
        }

        throw Invalid($"{{{name}}} is not a placeholder; use {{author}}, {{platform}}, {{keyword}}, {{subject}}, {{text}} or {{text:80}}.");
    }

    private static InvalidEscalationRuleException Invalid(string what) =>
        new InvalidEscalationRuleException(EscalationRuleTable.CaseTitle, $"{EscalationRuleTable.CaseTitle}: {what}");

    private sealed class Part
    {
        private readonly Func<EscalationContext, string?, string?> _value;

        public Part(Func<EscalationContext, string?, string?> value)
        {
            _value = value;
        }

        public static Part Literal(string text) => new Part((_, _) => text);

        public string Render(EscalationContext context, string? keyword) => _value(context, keyword) ?? string.Empty;
    }
}
