namespace SocialCrm.Plugins.Domain.Sentiment;

internal static partial class SentimentLexiconData
{
    /// <summary>Interjections: laughter, cheers, groans. They stand outside the sentence's grammar like emoticons, so no
    /// negator or modifier reaches them ("not the latter lol" is not negative). Laughter not listed here ("hahahaha",
    /// "bwahaha") is recognised by its pattern.</summary>
    public const string Interjections = """
        0.6 lol
        1.0 lolol
        1.2 lmao
        1.4 lmfao
        1.2 rofl
        1.2 roflmao
        1.0 haha
        1.2 hahaha
        1.0 hahah
        1.0 hehe
        0.6 heh
        0.6 hah
        1.0 jaja
        1.2 teehee
        2.0 yay
        2.2 woohoo
        2.0 hooray
        2.0 hurray
        2.0 hurrah
        2.0 yippee
        1.6 woot
        1.0 phew
        0.8 aw
        1.2 aww
        1.4 awww
        1.4 yess
        1.6 yesss
        -1.8 ugh
        -2.0 ughh
        -1.6 urgh
        -1.5 argh
        -1.5 grr
        -1.6 smh
        -2.2 wtf
        -2.2 ffs
        -2.0 fml
        -0.5 bruh
        -1.8 yikes
        -1.2 oof
        -1.0 eek
        -1.6 ew
        -1.8 eww
        -1.6 yuck
        -1.2 meh
        -1.4 sigh
        -1.6 noo
        -1.2 whyy
        -1.0 ouch
        """;

    /// <summary>Praise that people also say in sarcasm, alone after a bad turn: "Train cancelled. Lovely.", "burnt
    /// dinner, woke the baby. great evening". Words of feeling ("proud", "happy") are meant even there.</summary>
    public const string SarcasticTags = """
        great lovely perfect brilliant fantastic wonderful awesome amazing nice fun thanks cheers interesting cool
        marvellous splendid super excellent fab fabulous terrific
        """;
}
