using System;

namespace SocialCrm.Plugins.Domain;

/// <summary>
/// A text worked out when it is first read, then kept: what only a trace or the last of many decisions reads. A batch
/// meets the rules with hundreds of mentions and a conversation records only its last escalation, so what the others
/// matched, their reasons and the cases they did not open are never formatted; nor is why each author was (not) linked.
/// </summary>
public sealed class DeferredText
{
    private Func<string>? _make;
    private string? _text;

    public DeferredText(Func<string> make)
    {
        _make = make ?? throw new ArgumentNullException(nameof(make));
    }

    public DeferredText(string text)
    {
        _text = text ?? throw new ArgumentNullException(nameof(text));
    }

    public string Value
    {
        get
        {
            if (_text == null)
            {
                _text = _make!();
                _make = null;
            }

            return _text;
        }
    }

    public override string ToString() => Value;
}
