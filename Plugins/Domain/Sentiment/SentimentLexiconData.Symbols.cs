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
        1.2 =p
        0.6 :o
        0.6 :-o
        0.6 :0
        0.6 ;0
        0.6 ;o
        -0.4 o.o
        -0.4 o_o
        1.8 :*
        1.8 :-*
        1.8 ;*
        1.6 c:
        -2.0 ;(
        -2.0 ;-(
        -2.0 =[
        -1.8 :c
        -1.8 :-c
        -2.2 ;_;
        -1.8 q_q
        -1.2 =/
        -1.2 =\
        -0.6 =|
        -2.6 >:-(
        1.8 ^.^
        1.8 ^-^
        1.8 ^o^
        1.6 :-]
        2.0 =]
        1.6 :}
        1.4 8-)
        1.4 b-)
        -1.4 -.-
        -0.8 ._.
        -0.8 >.<
        -0.8 >_<
        1.4 ;]
        1.8 \o/
        1.2 :^)
        -2.0 :@
        -2.0 :-@
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
        0.6 1F60F smirking face
        1.4 1F61C winking face with tongue
        1.2 1F61D squinting face with tongue
        1.0 1F61B face with tongue
        1.2 1F92A zany face
        1.4 1F920 cowboy hat face
        0.8 1F972 smiling face with tear
        1.2 1F979 face holding back tears
        0.6 1F97A pleading face
        0.4 1F632 astonished face
        0.6 1F92F exploding head
        0.8 1F92D face with hand over mouth
        -0.6 1F928 face with raised eyebrow
        -0.4 1F636 face without mouth
        -0.8 1F637 face with medical mask
        -1.4 1F912 face with thermometer
        -1.4 1F915 face with head-bandage
        -1.2 1F927 sneezing face
        -1.0 1F975 hot face
        -1.0 1F976 cold face
        -0.8 1F974 woozy face
        -1.2 1F635 dizzy face
        0.4 1F480 skull
        -1.0 2620 skull and crossbones
        -2.0 1F47F angry face with horns
        0.6 1F608 smiling face with horns
        0.8 1F648 see-no-evil monkey
        0.4 1F649 hear-no-evil monkey
        0.4 1F64A speak-no-evil monkey
        2.4 1F63B smiling cat with heart-eyes
        1.8 1F63A grinning cat
        1.8 1F638 grinning cat with smiling eyes
        1.4 1F639 cat with tears of joy
        -1.6 1F63F crying cat
        -1.4 1F640 weary cat
        -1.6 1F63E pouting cat
        1.6 1F617 kissing face
        1.8 1F619 kissing face with smiling eyes
        1.8 1F61A kissing face with closed eyes
        1.8 1F48B kiss mark
        1.8 1F48C love letter
        2.2 1F498 heart with arrow
        2.2 1F49D heart with ribbon
        1.8 1F49F heart decoration
        2.0 2763 heart exclamation
        2.2 1F493 beating heart
        1.6 1F48F kiss
        2.0 1F491 couple with heart
        2.4 1FA77 pink heart
        2.4 1FA75 light blue heart
        1.6 1FA76 grey heart
        2.0 1F90E brown heart
        1.4 1F339 rose
        1.6 1F490 bouquet
        1.2 1F338 cherry blossom
        1.0 1F33A hibiscus
        1.4 1F33B sunflower
        1.2 1F337 tulip
        1.2 1F33C blossom
        1.2 1F308 rainbow
        1.2 2600 sun
        1.6 1F31E sun with face
        0.6 1F324 sun behind small cloud
        0.4 2744 snowflake
        -0.8 26C8 cloud with lightning and rain
        -0.6 1F327 cloud with rain
        -0.4 2614 umbrella with rain drops
        1.8 1F382 birthday cake
        1.8 1F381 wrapped gift
        1.6 1F388 balloon
        1.4 1F384 Christmas tree
        1.6 1F386 fireworks
        1.4 1F387 sparkler
        1.8 1F37E bottle with popping cork
        1.6 1F37B clinking beer mugs
        0.8 1F37A beer mug
        0.8 1F377 wine glass
        0.8 1F378 cocktail glass
        1.0 1F379 tropical drink
        0.6 2615 hot beverage
        0.6 1F355 pizza
        0.6 1F35C steaming bowl
        1.0 1F370 shortcake
        0.8 1F369 doughnut
        0.8 1F36A cookie
        0.8 1F366 soft ice cream
        2.0 1F3C5 sports medal
        2.2 1F947 1st place medal
        1.2 1F948 2nd place medal
        1.0 1F949 3rd place medal
        1.0 1F3B6 musical notes
        0.8 1F3B5 musical note
        1.6 1F918 sign of the horns
        1.4 270C victory hand
        0.8 1F91E crossed fingers
        0.8 1F44B waving hand
        1.8 1F483 woman dancing
        1.8 1F57A man dancing
        1.4 1F46F people with bunny ears
        1.0 1F919 call me hand
        2.0 1F91F love-you gesture
        2.2 1FAF6 heart hands
        1.0 270A raised fist
        -2.4 1F595 middle finger
        -1.8 1F4A2 anger symbol
        -0.6 1F4A4 zzz
        0.6 1F4AB dizzy
        -1.0 1F6A8 police car light
        -1.0 26A0 warning
        -1.4 1F198 SOS button
        1.6 1F451 crown
        1.6 1F48E gem stone
        1.0 1F4B0 money bag
        0.8 1F4B8 money with wings
        1.4 1F3D6 beach with umbrella
        1.0 1F334 palm tree
        0.8 1F3D4 snow-capped mountain
        1.2 1F305 sunrise
        1.2 1F304 sunrise over mountains
        1.2 1F307 sunset
        1.0 1F30C milky way
        1.2 1F320 shooting star
        1.2 1F436 dog face
        1.2 1F431 cat face
        1.2 1F43E paw prints
        1.4 1F984 unicorn
        1.0 1F98B butterfly
        1.0 1F423 hatching chick
        -1.2 1F626 frowning face with open mouth
        -1.6 1F627 anguished face
        -1.2 1F625 sad but relieved face
        -1.2 1F925 lying face
        0.8 1F913 nerd face
        -0.4 1FAE0 melting face
        0.6 1FAE1 saluting face
        -0.8 1FAE4 face with diagonal mouth
        -0.6 1FAE5 dotted line face
        1.4 1FAF0 hand with index finger and thumb crossed
        0.8 1F197 OK button
        1.4 1F192 COOL button
        -1.0 274E cross mark button
        1.2 1F51D TOP arrow
        -1.0 1F645 person gesturing NO
        1.0 1F646 person gesturing OK
        0.8 1F647 person bowing
        -1.2 1F64E person pouting
        -1.2 1F64D person frowning
        1.2 1F9F8 teddy bear
        1.0 1F9C1 cupcake
        1.2 1F3AF bullseye
        -1.0 1F6D1 stop sign
        -0.6 1F643 upside-down face
        -1.0 1F4C9 chart decreasing
        -0.6 1F5D1 wastebasket
        0.8 1F90C pinched fingers
        """;
}
