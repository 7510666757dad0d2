using System;

namespace SocialCrm.Plugins.Domain;

/// <summary>
/// A text worked out when it is first read, then kept: what only a trace or the last of many decisions reads. A batch
/// meets the rules with hundreds of mentions and a conversation records only its last escalation, so what the others
/// matched, their reasons and the cases they did not open are never formatted; nor is why each author was (not) linked.
/// </summary>
public sealed class DeferredText
{
    // A Func<string>, or a Func<object, string> of _state: a text made from an object the caller has anyway needs no
    // closure and no delegate of its own (a batch makes hundreds of these texts and reads a few).
    private Delegate? _make;
    private object? _state;
    private string? _text;

    public DeferredText(Func<string> make)
    {
        _make = make ?? throw new ArgumentNullException(nameof(make));
    }

    /// <param name="state">What the text is made from.</param>
    /// <param name="make">Makes the text from <paramref name="state"/>; a lambda that captures nothing is made once.</param>
    public DeferredText(object state, Func<object, string> make)
    {
        _state = state ?? throw new ArgumentNullException(nameof(state));
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
                _text = _state == null ? ((Func<string>)_make!)() : ((Func<object, string>)_make!)(_state);
                _make = null;
                _state = null;
            }

            return _text;
        }
    }

    public override string ToString() => Value;
}
