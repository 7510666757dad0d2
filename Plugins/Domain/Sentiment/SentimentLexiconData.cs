namespace SocialCrm.Plugins.Domain.Sentiment;

/// <summary>
/// The default lexicon's source text, written for SocialCrm. Each section is a compile-time constant, not a static
/// field: the plug-in sandbox forbids static mutable state, and a constant string lives in the assembly's metadata, so
/// nothing here can change or be shared between executions. <see cref="SentimentLexicon.CreateDefault"/> parses it
/// into an instance. Lines read "weight term"; valences run from about -4 (worst) to 4 (best); a term may be a phrase
/// of up to three words. Terms are lower case with straight apostrophes, as the scorer normalises the text that way.
/// </summary>
internal static partial class SentimentLexiconData
{
    /// <summary>Factors applied to the next sentiment term: above 1 strengthens, below 1 softens.</summary>
    public const string Modifiers = """
        1.30 very
        1.30 really
        1.25 so
        1.35 super
        1.25 such
        1.20 too
        1.30 most
        1.20 much
        1.40 so much
        1.25 way
        1.50 extremely
        1.50 incredibly
        1.45 absolutely
        1.35 totally
        1.40 completely
        1.50 utterly
        1.40 highly
        1.30 truly
        1.30 seriously
        1.25 genuinely
        1.50 insanely
        1.30 mega
        1.40 hella
        1.50 ridiculously
        1.50 exceptionally
        1.20 especially
        1.20 particularly
        1.40 remarkably
        1.50 unbelievably
        1.40 amazingly
        1.40 terribly
        1.40 awfully
        1.40 deeply
        1.40 thoroughly
        1.30 entirely
        1.10 quite
        0.95 pretty
        1.20 real
        1.30 damn
        1.40 bloody
        1.40 freaking
        1.40 fricking
        1.50 fucking
        1.30 highkey
        1.15 literally
        0.85 lowkey
        0.60 slightly
        0.65 somewhat
        0.65 kind of
        0.65 kinda
        0.65 sort of
        0.65 sorta
        0.70 a bit
        0.75 bit
        0.70 a little
        0.70 a tad
        0.80 fairly
        0.90 rather
        0.60 mildly
        0.60 marginally
        0.70 partly
        0.70 partially
        0.80 almost
        0.80 nearly
        0.80 reasonably
        0.80 relatively
        0.75 moderately
        1.30 never been
        1.30 never felt
        1.30 couldn't be
        1.30 could not be
        1.20 never stops
        1.20 never stop
        1.20 never stopped
        1.20 can't stop
        1.20 cant stop
        1.20 couldn't stop
        1.20 never fails to
        1.30 never tasted
        1.30 never seen
        1.30 never looked
        1.30 never sounded
        1.30 stupid
        1.50 fucken
        1.40 effing
        1.40 frigging
        1.30 goddamn
        1.30 friggin
        1.40 freakin
        1.30 wicked
        1.30 proper
        1.25 soo
        1.30 sooo
        1.20 ultra
        1.30 crazy
        1.30 stupidly
        1.30 ridiculous
        1.20 dead
        0.70 little
        0.80 trying not to
        0.80 try not to
        0.80 tried not to
        """;

    /// <summary>Factors applied to the sentiment term just before ("slow af", "worst ever", "no issues at all").</summary>
    public const string PostModifiers = """
        1.40 af
        1.40 asf
        1.30 at all
        1.20 ever
        1.30 again
        1.20 as hell
        1.30 af tbh
        1.20 for real
        """;

    /// <summary>Words that flip the next few words. "hardly", "barely" and "lack" negate rather than soften: "barely
    /// works" is a complaint.</summary>
    public const string Negators = """
        not
        no
        never
        no longer
        none
        nobody
        nothing
        neither
        nor
        without
        cannot
        can't
        cant
        don't
        dont
        doesn't
        doesnt
        didn't
        didnt
        isn't
        isnt
        wasn't
        wasnt
        aren't
        arent
        weren't
        werent
        won't
        wont
        wouldn't
        wouldnt
        couldn't
        couldnt
        shouldn't
        shouldnt
        haven't
        havent
        hasn't
        hasnt
        hadn't
        hadnt
        ain't
        aint
        mustn't
        needn't
        hardly
        barely
        scarcely
        lack
        lacks
        lacking
        """;

    /// <summary>Words that turn the text: the clause after them states the author's real stance.</summary>
    public const string Contrasts = """
        but
        however
        nevertheless
        nonetheless
        """;

    /// <summary>Phrases whose words would otherwise be misread: "like" as a comparison, greetings, sign-offs, hedges
    /// ("I don't know yet" is no refusal).</summary>
    public const string NeutralPhrases = """
        looks like
        look like
        looked like
        feels like
        feel like
        felt like
        seems like
        sounds like
        would like
        i'd like
        something like
        no cap
        good morning
        good afternoon
        good evening
        kind regards
        best regards
        pretty much
        never forget
        never forgot
        won't forget
        no way
        holy shit
        holy crap
        holy cow
        no shit
        oh my god
        fair enough
        good question
        good night
        thanks in advance
        win a
        to win
        chance to win
        best way
        the best way
        best before
        fire alarm
        fire drill
        fire station
        fire brigade
        fire exit
        wrong number
        lost and found
        lost property
        missed call
        better late than
        kinds
        patients
        fines
        goods
        likes to
        like to
        i like to
        as well
        well then
        oh well
        honestly
        thanks to the
        free trial
        warm up
        smart speaker
        smart tv
        smart meter
        smart home
        dark mode
        for good
        smells like
        smell like
        smelled like
        tastes like
        taste like
        tasted like
        like a
        like an
        like the
        keep going
        keeps going
        kept going
        don't know
        dont know
        do not know
        no idea
        haven't decided
        don't mind
        dont mind
        don't forget
        dont forget
        no rush
        """;

    /// <summary>Single words whose inflected forms mean something else ("fine" but "fines", "kind" but "kinds"):
    /// they match only as written.</summary>
    public const string Uninflected = """
        fine
        kind
        patient
        well
        good
        like
        top
        sure
        cool
        fair
        free
        right
        star
        gold
        fit
        mean
        super
        pretty
        real
        sick
        fire
        dead
        miss
        hope
        wish
        ready
        better
        best
        worse
        worst
        late
        down
        yes
        content
        clean
        fast
        present
        grand
        """;
}
