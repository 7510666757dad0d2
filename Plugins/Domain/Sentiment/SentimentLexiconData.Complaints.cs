namespace SocialCrm.Plugins.Domain.Sentiment;

internal static partial class SentimentLexiconData
{
    /// <summary>Events people wait for, with the valence their negation carries: "never arrived", "nobody called back",
    /// "the label doesn't print" report a failure in plain words. Unnegated they say nothing ("it arrived"). Regular
    /// inflections are generated; irregular forms are listed.</summary>
    public const string Expectations = """
        -1.6 arrive
        -1.4 came
        -1.4 come
        -1.6 show up
        -1.6 showed up
        -1.6 shown up
        -1.6 turn up
        -1.6 turned up
        -1.4 load
        -1.2 open
        -1.2 start
        -1.4 connect
        -1.2 sync
        -1.2 print
        -1.4 charge up
        -1.6 reply
        -1.6 respond
        -1.6 answer
        -1.6 call back
        -1.6 called back
        -1.6 call me back
        -1.6 called me back
        -1.6 calls me back
        -1.6 call us back
        -1.6 called us back
        -1.6 get back to
        -1.6 got back to
        -1.6 get back
        -1.6 got back
        -1.6 gotten back
        -1.6 hear back
        -1.6 heard back
        -1.6 deliver
        -1.4 ship
        -1.4 dispatch
        -1.6 refund
        -1.6 fix
        -1.4 repair
        -1.4 solve
        -1.2 send
        -1.2 sent
        -1.4 receive
        -1.4 listen
        -1.4 tell
        -1.4 told
        -1.2 explain
        -1.2 knock
        -1.4 pick up
        -1.4 picked up
        -1.2 collect
        -1.2 update
        -1.4 acknowledge
        -1.2 keep in touch
        -1.2 follow up
        -1.2 followed up
        """;

    /// <summary>"keep" and its forms: before an action with no sentiment of its own ("keeps logging me out", "kept
    /// sending me the same link") they report something that goes wrong again and again. An imperative opening a
    /// sentence ("keep reading") is left alone.</summary>
    public const string Persistence = """
        -1.4 keep
        -1.4 keeps
        -1.4 kept
        -1.4 keep on
        -1.4 keeps on
        -1.4 kept on
        """;

    /// <summary>Openers of questions that complain rather than ask, with the lean of a sentence they open that states
    /// nothing good ("why is nothing ever in stock", "who thought this was a good idea").</summary>
    public const string RhetoricalOpeners = """
        -0.6 why
        -0.6 how come
        -0.8 since when
        -1.2 who thought
        -1.2 who approved
        -1.2 who decided
        -1.0 what happened to
        -1.2 how hard is
        -1.2 how hard can
        -1.0 how is it
        -1.0 where is my
        -1.0 where's my
        -1.0 wheres my
        -1.0 where are my
        -1.2 how much longer
        -1.2 how many times
        -1.2 how many more
        -1.4 what's the point
        -1.4 whats the point
        """;

    /// <summary>Signs of a complaint in plain words, with the lean of a sentence holding one that states nothing good:
    /// "it still hasn't shipped", "was supposed to arrive Tuesday".</summary>
    public const string ComplaintSigns = """
        -0.6 still
        -0.8 supposed to
        -0.6 should have
        -0.6 should've
        -0.8 meant to arrive
        -0.8 and counting
        -0.8 for once
        -0.6 paid for
        -0.8 paid extra
        -0.6 fifth time
        -0.6 3rd time
        -0.6 4th time
        -0.6 5th time
        -0.6 umpteenth time
        -0.6 nth time
        -0.8 how much more
        """;

    /// <summary>Plain complaints that name no feeling: being made to wait or walk, a place closing for good, a service
    /// that was better before, a bus that does not stop, calls nobody wants.</summary>
    public const string ComplaintPhrases = """
        -1.4 made me wait
        -1.4 made us wait
        -1.2 made me walk
        -1.2 made us walk
        -1.0 made me pay
        -1.2 closing down
        -1.2 shutting down
        -1.2 closed down
        -1.6 closing for good
        -1.6 closed for good
        -1.4 was better before
        -1.4 drove straight past
        -1.4 drove right past
        -1.4 went straight past
        -1.4 stop calling me
        -1.2 stop calling
        -1.2 stop sending
        -1.2 stop texting
        -1.2 stop emailing
        -1.4 you're kidding
        -1.6 the audacity
        -1.6 much to ask
        -1.2 wish someone would
        -1.2 wish they would
        -1.2 wish they'd
        -1.2 wish people would
        -1.4 achieved nothing
        -1.4 accomplished nothing
        -1.2 learned nothing
        -1.2 learnt nothing
        -1.2 without warning
        -1.0 without notice
        -1.0 without asking
        -1.0 without telling
        -1.2 without permission
        -1.4 vibes were off
        -1.4 vibe was off
        -1.4 came last
        -1.4 finished last
        """;

    /// <summary>"too" before a word with no sentiment of its own says there is more of it than anyone wants: "too firm",
    /// "way too early", "#toohot". Before a rated word it stays a modifier ("too cute"), and it is "also" when nothing
    /// plain follows ("me too", "love you too lol").</summary>
    public const string Excess = """
        -1.2 too
        """;

    /// <summary>Units of a wait ("on hold for 50 minutes", "five days later", "for a week now"); years are left out:
    /// "for 10 years" is more often a milestone than a wait.</summary>
    public const string TimeUnits = """
        minute minutes min mins hour hours hr hrs day days week weeks month months
        """;

    /// <summary>Counted repeats ("logged me out 5 times", "called three times"): people count the repeats of what
    /// went wrong.</summary>
    public const string Repeats = """
        times
        """;

    /// <summary>Words that make a count a rate, not a repeat: "three times a day", "5 times per week".</summary>
    public const string RateWords = """
        a an per each every
        """;

    public const string Quantities = """
        a an one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty
        ninety half several few couple whole
        """;

    public const string SpanStarts = """
        for been waited waiting over
        """;

    public const string SpanEnds = """
        later now straight running
        """;
}
