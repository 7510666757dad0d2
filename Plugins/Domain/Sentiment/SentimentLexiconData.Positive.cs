namespace SocialCrm.Plugins.Domain.Sentiment;

internal static partial class SentimentLexiconData
{
    /// <summary>Favourable words and phrases: general praise, service qualities, product qualities, thanks, slang.</summary>
    public const string Positive = """
        3.2 excellent
        3.2 outstanding
        3.3 amazing
        3.2 awesome
        3.1 fantastic
        3.0 brilliant
        3.2 superb
        3.3 perfect
        2.4 perfectly
        2.9 wonderful
        3.0 incredible
        3.0 phenomenal
        3.0 exceptional
        2.8 exquisite
        2.6 impressive
        2.4 impressed
        3.1 love
        3.1 loved
        3.0 loving
        2.9 loves
        2.6 lovely
        2.8 adore
        2.8 adored
        1.9 good
        2.8 great
        3.1 best
        1.7 better
        1.8 nice
        2.0 nicely
        0.8 fine
        0.7 ok
        0.7 okay
        1.1 decent
        1.3 solid
        2.4 happy
        2.6 happier
        2.2 glad
        2.3 pleased
        2.2 satisfied
        3.0 delighted
        2.9 thrilled
        2.4 excited
        2.5 exciting
        2.0 enjoy
        2.0 enjoyed
        2.0 enjoying
        1.8 enjoyable
        2.0 fun
        1.7 cool
        2.4 beautiful
        2.2 beautifully
        2.8 gorgeous
        2.8 stunning
        1.6 pretty
        1.6 cute
        2.3 delicious
        2.0 tasty
        2.5 yummy
        2.0 yum
        1.4 fresh
        1.9 comfortable
        1.9 comfy
        1.2 soft
        1.5 cosy
        1.5 cozy
        1.4 clean
        1.3 cleaner
        2.0 spotless
        1.4 tidy
        1.5 fast
        1.4 faster
        1.5 quick
        1.4 quicker
        1.3 quickly
        1.5 speedy
        1.4 prompt
        1.4 promptly
        1.8 smooth
        1.8 smoothly
        1.9 smoothest
        1.8 easy
        1.6 easier
        1.4 easily
        1.3 simple
        2.0 seamless
        2.0 painless
        2.0 effortless
        1.8 reliable
        1.4 stable
        2.2 helpful
        2.0 friendly
        1.8 polite
        2.0 patient
        1.8 professional
        1.8 efficient
        2.0 knowledgeable
        2.1 kind
        2.4 kind of you
        1.9 courteous
        2.0 attentive
        1.8 responsive
        2.0 caring
        1.2 care
        1.2 cared
        2.6 thank
        2.6 thanks
        2.6 thank you
        2.4 thankyou
        2.4 thx
        2.4 thnx
        2.2 ty
        2.6 tysm
        2.6 tyvm
        2.0 cheers
        2.4 grateful
        2.4 thankful
        2.4 appreciate
        2.4 appreciated
        2.2 appreciation
        2.2 kudos
        1.8 shoutout
        1.8 shout out
        2.0 recommend
        2.0 recommended
        1.9 worth
        1.9 worth it
        1.8 bargain
        1.5 affordable
        1.5 fixed
        1.8 resolved
        1.7 sorted
        1.8 solved
        0.5 working
        0.6 works
        1.2 improved
        1.3 improvement
        1.0 upgrade
        1.0 upgraded
        0.8 win
        1.0 winner
        2.5 legend
        2.5 legends
        2.6 hero
        2.6 heroes
        2.5 lifesaver
        2.5 lifesavers
        2.5 life saver
        2.8 superstar
        2.6 favourite
        2.6 favorite
        1.2 wow
        0.6 yes
        2.0 yass
        0.6 finally
        2.0 super
        1.5 neat
        2.6 terrific
        2.4 splendid
        2.6 marvellous
        2.6 marvelous
        2.8 magnificent
        2.6 fabulous
        2.4 fab
        2.8 flawless
        2.0 spot on
        2.2 top notch
        2.2 top-notch
        2.0 first class
        2.0 first-class
        2.2 5-star
        2.6 five stars
        2.6 5 stars
        1.5 generous
        1.5 honest
        1.1 fair
        2.0 proud
        2.2 blessed
        1.8 relieved
        1.0 welcome
        1.4 bonus
        1.4 treat
        1.8 gem
        2.2 joy
        2.4 delight
        2.2 delightful
        2.0 pleasure
        2.0 pleasant
        2.4 impeccable
        2.4 immaculate
        1.5 elegant
        1.5 stylish
        1.6 sleek
        1.2 powerful
        1.5 sturdy
        1.6 durable
        1.5 handy
        1.6 useful
        1.5 convenient
        1.6 intuitive
        1.5 promising
        1.8 helped
        1.5 helps
        1.3 saved
        1.0 like
        1.2 likes
        1.3 liked
        2.4 made my day
        3.0 above and beyond
        2.0 can't wait
        2.0 cant wait
        2.2 can't fault
        2.4 well done
        2.0 keep it up
        2.4 customer for life
        1.2 on time
        1.0 as described
        1.0 as promised
        1.6 back in stock
        2.0 rock solid
        2.4 game changer
        2.0 no notes
        2.2 big w
        2.2 huge w
        2.2 massive w
        2.6 epic
        2.2 dope
        0.6 fire
        2.0 lit
        2.6 goat
        2.6 goated
        2.2 slaps
        2.0 banger
        1.6 vibes
        2.4 obsessed
        1.2 beast
        """;
}
