using System;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace SocialCrm.Integration.Sources.Feeds;

/// <summary>
/// HTML as a reader sees it, in plain text: inline tags (b, a, span…) join their text, block tags (p, h1, blockquote…)
/// make paragraphs, line-level blocks (div, li, br) make lines, entities decode, whitespace collapses except in pre,
/// and what a reader never sees (script, style, template) is dropped. The HTML is parsed by AngleSharp, the HTML5
/// parsing algorithm browsers use, so broken markup in a feed ends up as a browser would show it.
/// https://html.spec.whatwg.org/multipage/rendering.html#the-css-user-agent-style-sheet-and-presentational-hints
/// </summary>
public static class ReadableText
{
    public static string? FromHtml(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return null;
        }

        var document = new HtmlParser().ParseDocument(html);
        var writer = new Writer();
        foreach (var node in document.Body?.ChildNodes ?? document.ChildNodes)
        {
            Walk(node, writer, preformatted: false);
        }

        return writer.ToString();
    }

    private static void Walk(INode node, Writer writer, bool preformatted)
    {
        if (node is IText text)
        {
            writer.Text(text.Data, preformatted);
            return;
        }

        if (node is not IElement element)
        {
            return;
        }

        var name = element.LocalName;
        if (name is "script" or "style" or "template" or "noscript" or "head" or "title")
        {
            return;
        }

        if (name == "br")
        {
            writer.LineBreak();
            return;
        }

        var breaks = BreaksAround(name);
        writer.Break(breaks);
        if (name == "li")
        {
            writer.Text("• ", preformatted: false);
        }

        foreach (var child in element.ChildNodes)
        {
            Walk(child, writer, preformatted || name is "pre" or "textarea");
        }

        writer.Break(breaks);
        if (name is "td" or "th")
        {
            writer.Text(" ", preformatted: false);
        }
    }

    /// <summary>Blank lines a tag puts around itself: 2 for a paragraph-level block, 1 for a line, 0 for inline.</summary>
    private static int BreaksAround(string name) => name switch
    {
        "p" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "blockquote" or "pre" or "ul" or "ol" or "dl" or "table"
            or "figure" or "hr" or "address" or "article" or "section" or "header" or "footer" or "aside" or "nav"
            or "main" or "details" or "fieldset" or "form" or "hgroup" => 2,
        "div" or "li" or "tr" or "dt" or "dd" or "figcaption" or "caption" or "summary" or "legend" => 1,
        _ => 0,
    };

    /// <summary>Collects text with at most one pending separator: a space between words, or line breaks between blocks.</summary>
    private sealed class Writer
    {
        private readonly StringBuilder text = new();
        private int pendingBreaks;
        private bool pendingSpace;
        private int trailingBreaks;

        public void Text(string value, bool preformatted)
        {
            foreach (var c in value)
            {
                if (!preformatted && char.IsWhiteSpace(c))
                {
                    pendingSpace = true;
                    continue;
                }

                Flush();
                text.Append(c);
                trailingBreaks = c == '\n' ? trailingBreaks + 1 : 0;
            }
        }

        public void LineBreak()
        {
            if (text.Length > 0)
            {
                Flush();
                text.Append('\n');
                trailingBreaks++;
                pendingSpace = false;
            }
        }

        public void Break(int breaks) => pendingBreaks = Math.Max(pendingBreaks, breaks);

        public override string ToString() => text.ToString().TrimEnd();

        private void Flush()
        {
            if (text.Length > 0)
            {
                if (pendingBreaks > trailingBreaks)
                {
                    text.Append('\n', pendingBreaks - trailingBreaks);
                    trailingBreaks = pendingBreaks;
                }
                else if (pendingSpace && trailingBreaks == 0)
                {
                    text.Append(' ');
                }
            }

            pendingBreaks = 0;
            pendingSpace = false;
        }
    }
}
