namespace SocialCrm.Plugins.Domain.Sentiment;

internal static partial class SentimentLexiconData
{
    /// <summary>Text emoticons, matched case-insensitively. Left out on purpose: "D:", "8)", "):" and "(:" (they collide
    /// with labels and brackets such as "Part D:", "8)" and "(see below):") and ":3" (times such as "10:30").</summary>
    public const string Emoticons = """
        2.0 :)
        2.0 :-)
        2.0 :]
        2.0 =)
        2.5 :d
        2.5 :-d
        2.5 =d
        2.2 xd
        1.6 ;)
        1.6 ;-)
        1.6 ;d
        1.2 :p
        1.2 :-p
        1.2 ;p
        2.6 <3
        2.0 ^_^
        1.6 ^^
        -2.0 :(
        -2.0 :-(
        -2.0 :[
        -2.0 =(
        -2.6 :'(
        -2.6 :'-(
        -2.8 >:(
        -1.2 :/
        -1.2 :-/
        -1.2 :\
        -0.6 :|
        -0.6 :-|
        -1.0 :s
        -2.6 </3
        -1.4 -_-
        -2.2 t_t
        """;

    /// <summary>Emoji as "weight code point name". The name is only for the reader. Faces of laughter count as positive
    /// (in brand mentions they mostly mean delight), loudly crying as mildly negative (it is also used for "so cute"),
    /// fire and rocket as positive (hype), red heart and the coloured hearts as strongly positive.</summary>
    public const string Emoji = """
        2.0 1F600 grinning face
        2.2 1F601 beaming face with smiling eyes
        1.2 1F602 face with tears of joy
        1.2 1F923 rolling on the floor laughing
        2.0 1F603 grinning face with big eyes
        2.0 1F604 grinning face with smiling eyes
        0.4 1F605 grinning face with sweat
        1.8 1F606 grinning squinting face
        1.4 1F609 winking face
        2.2 1F60A smiling face with smiling eyes
        1.8 1F60B face savoring food
        2.8 1F60D smiling face with heart-eyes
        1.6 1F60E smiling face with sunglasses
        2.8 1F970 smiling face with hearts
        2.2 1F618 face blowing a kiss
        1.2 1F642 slightly smiling face
        1.8 1F917 hugging face
        2.6 1F929 star-struck
        2.6 1F973 partying face
        1.6 1F607 smiling face with halo
        1.2 1F60C relieved face
        1.8 263A smiling face
        2.0 1F44D thumbs up
        2.0 1F44C OK hand
        2.0 1F44F clapping hands
        2.2 1F64C raising hands
        1.8 1F64F folded hands
        1.6 1F4AA flexed biceps
        1.6 1F91D handshake
        2.6 2764 red heart
        2.4 1F9E1 orange heart
        2.4 1F49B yellow heart
        2.4 1F49A green heart
        2.4 1F499 blue heart
        2.4 1F49C purple heart
        2.0 1F5A4 black heart
        2.2 1F90D white heart
        2.6 1F495 two hearts
        2.6 1F496 sparkling heart
        2.6 1F497 growing heart
        2.6 1F49E revolving hearts
        2.2 1F4AF hundred points
        2.0 1F525 fire
        1.4 2728 sparkles
        1.6 2B50 star
        1.6 1F31F glowing star
        2.2 1F389 party popper
        2.0 1F38A confetti ball
        1.6 1F942 clinking glasses
        2.0 1F3C6 trophy
        1.2 2705 check mark button
        1.0 2714 check mark
        1.4 1F680 rocket
        -3.0 1F621 enraged face
        -2.6 1F620 angry face
        -3.2 1F92C face with symbols on mouth
        -2.0 1F624 face with steam from nose
        -2.0 1F61E disappointed face
        -1.8 1F614 pensive face
        -1.8 1F61F worried face
        -1.2 1F615 confused face
        -1.5 1F641 slightly frowning face
        -1.8 2639 frowning face
        -2.0 1F622 crying face
        -1.2 1F62D loudly crying face
        -2.2 1F629 weary face
        -2.2 1F62B tired face
        -1.8 1F612 unamused face
        -1.8 1F644 face with rolling eyes
        -1.0 1F611 expressionless face
        -0.5 1F610 neutral face
        -1.0 1F62C grimacing face
        -1.8 1F926 person facepalming
        -2.4 1F922 nauseated face
        -2.8 1F92E face vomiting
        -2.0 1F4A9 pile of poo
        -2.2 1F44E thumbs down
        -2.6 1F494 broken heart
        -1.4 1F631 face screaming in fear
        -1.8 1F630 anxious face with sweat
        -1.5 1F628 fearful face
        -2.0 1F616 confounded face
        -1.8 1F623 persevering face
        -1.2 1F613 downcast face with sweat
        -1.0 1F62A sleepy face
        -0.8 1F634 sleeping face
        -1.0 1F971 yawning face
        -1.6 1F921 clown face
        -1.5 274C cross mark
        -1.5 26D4 no entry
        -1.5 1F6AB prohibited
        -0.3 1F937 person shrugging
        """;
}
