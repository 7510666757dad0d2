namespace SocialCrm.Plugins.Domain.Sentiment;

internal static partial class SentimentLexiconData
{
    /// <summary>Favourable words of everyday social text beyond service talk: joy, affection, praise, luck, laughter, celebration, slang ("the shit", "bad ass", "slaps") and the topics people post about happily. Rated by the team for SocialCrm; single words also match their inflections (see <see cref="Inflections"/>).</summary>
    public const string EverydayPositive = """
        0.6 able
        1.6 accomplish
        2.0 accomplished
        2.0 achievement
        1.4 achieve
        0.6 active
        2.0 admire
        2.2 admirable
        1.8 adorable
        2.6 adorably
        1.6 advantage
        1.8 adventure
        1.6 adventurous
        1.4 affection
        2.0 affectionate
        1.4 agree
        1.2 agreed
        0.8 alive
        1.6 alright
        1.2 all good
        2.0 amaze
        2.6 amazed
        1.6 amuse
        1.8 amused
        1.8 amusing
        1.6 angel
        2.0 angelic
        1.8 appealing
        1.6 applaud
        1.8 applause
        1.6 approve
        1.2 approved
        1.8 astonishing
        1.8 astounding
        1.8 attractive
        1.6 authentic
        1.8 awe
        2.4 awesomeness
        1.4 babe
        1.8 bae
        1.6 balanced
        1.4 beaming
        1.2 beauty
        2.0 beloved
        1.4 benefit
        1.6 best friend
        2.0 bestie
        2.2 besties
        2.4 bff
        1.4 bless
        1.6 bless you
        1.8 blessing
        2.4 blissful
        2.4 bliss
        2.0 blossom
        1.6 boost
        1.4 bounce back
        1.6 brave
        1.6 bravery
        1.4 breathtaking
        1.4 breeze
        1.8 bright
        1.4 brighten
        0.8 buddy
        1.6 calm
        1.4 calming
        1.6 capable
        1.4 celebrate
        2.0 celebration
        1.6 champ
        2.0 champion
        2.0 champions
        1.8 charm
        2.0 charming
        1.6 cheer
        1.8 cheerful
        1.4 cheers to
        1.6 cherish
        1.6 chill
        1.6 chilled
        1.2 chuffed
        1.6 classy
        1.6 clever
        1.2 comfort
        1.4 comforting
        1.4 compassion
        1.8 compassionate
        2.2 congrats
        2.4 congratulations
        2.4 congradulations
        2.2 congratz
        1.6 considerate
        1.8 content
        1.4 cooperative
        1.2 courage
        1.8 courageous
        1.4 creative
        1.6 cuddle
        1.8 cuddly
        2.2 cutest
        2.0 cutie
        2.0 dazzling
        1.8 dearest
        1.4 dedicated
        1.6 dependable
        1.4 deserve
        1.4 deserved
        1.6 determined
        1.8 devoted
        1.8 dream come true
        1.4 dreamy
        1.4 eager
        1.4 ease
        1.6 ecstatic
        2.8 elated
        1.4 empower
        1.6 empowering
        1.8 enchanting
        1.6 encourage
        1.8 encouraging
        1.4 energetic
        1.2 engaged
        2.2 enjoyed it
        1.6 entertain
        1.8 entertaining
        2.0 enthusiastic
        1.6 enthusiasm
        2.6 euphoric
        1.8 exceed
        1.8 exceeded
        1.4 exceeded expectations
        2.6 excellence
        2.2 exhilarating
        1.4 faithful
        1.8 fam
        0.8 fancy
        2.2 fantastically
        1.6 fascinating
        2.0 favourites
        2.0 favorites
        1.6 fearless
        1.4 festive
        1.6 fiesta
        0.8 fit
        1.6 flourish
        1.8 fond
        1.6 forgive
        1.4 fortunate
        1.8 fortunately
        0.6 free
        1.4 freedom
        1.6 fresh air
        0.6 friend
        0.6 friends
        2.0 friendship
        1.8 fulfilled
        2.0 fulfilling
        1.6 funny
        2.0 funniest
        1.6 genius
        1.8 gentle
        1.6 genuine
        1.0 gift
        1.6 gifted
        1.4 giggle
        2.2 glorious
        2.0 glory
        1.6 glow
        2.0 glowing
        1.6 god bless
        1.6 goodness
        1.4 goody
        1.6 goodies
        1.8 grace
        1.8 graceful
        2.0 gracious
        1.0 grand
        1.6 gratitude
        2.4 greatest
        2.4 greatness
        1.6 grin
        1.6 grinning
        1.8 groovy
        0.6 grow
        0.8 growth
        1.4 guaranteed
        1.6 handsome
        2.4 happiest
        2.4 happiness
        1.8 happily
        2.4 happy birthday
        1.8 harmony
        1.4 heal
        1.4 healing
        1.4 healthy
        1.8 heartfelt
        1.8 heartwarming
        2.2 heaven
        2.2 heavenly
        1.8 hilarious
        2.0 hilarity
        1.4 honour
        1.4 honor
        1.6 honoured
        1.6 honored
        0.6 hope
        1.2 hopeful
        1.2 hopefully
        1.4 hospitable
        1.8 hospitality
        1.8 hug
        2.0 hugs
        1.2 humble
        1.4 hype
        1.6 hyped
        1.2 idol
        1.4 ideal
        1.8 inspire
        2.0 inspired
        2.0 inspiring
        1.8 inspiration
        1.2 interesting
        1.4 intrigued
        1.4 intriguing
        1.4 invigorating
        1.6 jolly
        2.2 joyful
        2.2 joyous
        1.8 jubilant
        1.4 keen
        1.6 keeper
        1.8 kindness
        1.6 kindly
        1.4 kiss
        1.6 kisses
        1.8 laugh
        1.8 laughed
        1.8 laughing
        1.8 laughter
        1.6 laughs
        1.4 liberating
        1.4 lively
        1.6 lovable
        1.8 lovelies
        2.0 lover
        2.2 loveliest
        2.0 lovin
        1.4 loyal
        1.6 loyalty
        1.6 lucky
        1.4 luck
        1.8 luckily
        1.8 luxurious
        1.6 luxury
        2.0 magic
        2.2 magical
        2.4 majestic
        1.4 marvel
        1.8 masterpiece
        1.8 memorable
        1.6 merry
        2.0 merry christmas
        2.2 miracle
        1.8 miracles
        1.6 motivated
        1.6 motivating
        1.4 motivation
        1.6 nailed it
        1.6 nailed
        1.6 nice one
        1.6 noble
        1.8 nostalgic
        1.6 optimistic
        1.4 optimism
        1.6 overjoyed
        1.6 paradise
        2.2 passionate
        1.6 passion
        1.2 patience
        1.4 peace
        1.6 peaceful
        1.8 pleasing
        1.4 pleasantly
        1.8 pleasantly surprised
        1.8 polished
        1.8 popular
        1.6 positive
        1.4 positively
        1.4 positivity
        1.4 praise
        1.6 precious
        1.8 pride
        1.6 priceless
        1.4 privilege
        1.6 privileged
        1.4 progress
        1.6 prosper
        1.8 prosperous
        0.6 protect
        1.4 proudly
        1.4 pure
        1.2 queen
        1.6 radiant
        1.4 rad
        1.8 rapture
        0.6 ready
        1.4 reassuring
        1.4 recovered
        1.2 recovery
        1.6 refreshing
        1.4 refreshed
        1.6 rejoice
        1.4 relax
        1.6 relaxed
        1.6 relaxing
        2.2 relief
        1.4 remarkable
        1.4 rescue
        1.4 rescued
        1.6 respect
        1.4 respectful
        1.4 restful
        1.6 reunited
        1.2 reward
        1.4 rewarding
        0.6 rich
        1.6 right on
        0.8 rock
        1.6 rocks
        2.0 rockstar
        1.4 romance
        1.8 romantic
        1.4 safe
        1.4 safely
        1.8 safe and sound
        2.0 satisfying
        1.6 savior
        1.6 saviour
        1.6 secure
        1.6 sensational
        1.6 serene
        1.6 sexy
        0.8 sharp
        1.4 shine
        1.6 shining
        1.4 shiny
        1.4 silly
        1.4 sincere
        1.4 sincerely
        1.6 skilled
        1.6 skillful
        1.0 smart
        1.8 smile
        1.8 smiled
        1.8 smiles
        1.8 smiling
        1.8 snug
        1.6 soothing
        1.4 sorted it
        1.4 soulful
        1.8 sparkle
        1.8 sparkling
        1.6 special
        1.8 spectacular
        1.6 spirited
        1.2 star
        1.6 steady
        1.4 strength
        1.6 strong
        1.8 succeed
        2.0 success
        2.2 successful
        2.2 successfully
        1.8 sunny
        1.6 sunshine
        1.8 super cute
        1.6 supported
        1.6 supportive
        0.5 sure
        1.4 surprise
        0.6 surprised
        1.4 survive
        1.4 survived
        1.6 sweet
        2.0 sweetest
        2.0 sweetheart
        2.0 sweetie
        1.6 talent
        2.0 talented
        1.8 tender
        1.6 thoughtful
        2.2 thrill
        2.2 thrilling
        1.8 thrive
        1.8 thriving
        0.8 together
        0.8 top
        1.6 touched
        1.6 touching
        1.4 tranquil
        1.6 treasure
        1.4 treasured
        2.0 triumph
        1.8 true love
        1.4 trust
        1.4 trusted
        1.6 trustworthy
        1.4 truthful
        1.6 unforgettable
        1.6 unique
        1.4 united
        2.6 unreal
        1.4 upbeat
        1.4 valuable
        0.8 value
        1.8 vibrant
        2.2 victory
        2.2 victorious
        1.4 vivid
        1.8 warm
        1.8 warmth
        1.4 warm welcome
        0.8 wealthy
        2.2 welcome home
        0.5 well
        2.0 well deserved
        1.4 wholesome
        1.0 wicked
        2.0 willing
        1.8 winning
        1.4 wise
        0.6 wish
        1.6 wishes
        1.8 wonder
        2.6 wonderfully
        1.8 wondrous
        1.2 worthy
        2.6 wow wow
        2.0 youthful
        1.6 zen
        2.4 ily
        2.4 ilysm
        2.4 love you
        2.6 love it
        2.6 love this
        2.4 love ya
        1.8 xoxo
        1.2 xx
        1.4 xxx
        2.0 pog
        2.2 poggers
        2.0 slay
        2.2 slayed
        2.2 slaying
        2.0 iconic
        2.2 legendary
        2.0 stan
        1.8 bussin
        1.8 valid
        2.0 immaculate vibes
        1.6 vibing
        1.6 vibe
        2.0 we're so back
        1.6 let's go
        2.0 lets go
        2.2 letsgo
        2.0 lfg
        1.4 gg
        1.6 gg wp
        1.6 gj
        1.8 well played
        1.8 clutch
        2.0 bangers
        2.0 chef's kiss
        2.0 on point
        1.8 on fleek
        2.2 the shit
        2.4 the bomb
        1.6 da bomb
        2.0 bad ass
        2.0 badass
        1.8 kick ass
        1.8 kickass
        2.0 sick trick
        1.8 hell yeah
        1.8 hell yes
        2.0 fuck yeah
        2.0 fuck yes
        1.6 damn good
        2.0 wholesome af
        1.8 i'm dead
        2.0 im dead
        2.2 deceased
        2.0 lmaooo
        1.6 tee hee
        1.8 yahoo
        1.6 bravo
        2.0 encore
        1.8 hallelujah
        1.6 thank god
        1.6 thank goodness
        2.2 so proud
        2.2 proud of
        2.6 proud of you
        2.2 happy for
        2.6 so happy for
        1.6 good luck
        1.8 best of luck
        1.6 get well soon
        2.0 great job
        2.0 good job
        2.0 nice work
        2.0 great work
        1.6 keep going
        2.2 can't recommend enough
        2.2 highly recommend
        2.0 must try
        2.0 must see
        1.8 go see
        2.0 go watch
        2.0 so good
        2.0 too good
        2.0 so fun
        1.8 good vibes
        2.0 good times
        2.0 good news
        2.0 great news
        2.4 best day
        2.6 best day ever
        2.4 best night
        2.4 best time
        2.0 had a blast
        2.2 a blast
        2.0 the best
        2.2 the goat
        2.0 worth the wait
        2.0 worth every penny
        1.8 works perfectly
        1.8 works great
        1.2 came through
        1.8 looking forward
        2.0 look forward
        1.8 looking forward to
        2.2 so excited
        2.0 over the moon
        2.0 on cloud nine
        1.8 in love
        2.0 fell in love
        2.0 falling in love
        2.2 heart is full
        1.8 warms my heart
        2.0 melts my heart
        1.4 goosebumps
        1.6 chills
        1.4 tears of joy
        2.0 happy tears
        1.6 thumbs up
        1.6 high five
        1.8 big thanks
        2.2 huge thanks
        2.0 many thanks
        2.0 much appreciated
        2.0 appreciate it
        2.0 means a lot
        1.8 meant a lot
        1.8 no complaints
        1.8 can't complain
        1.6 cant complain
        1.8 not bad
        1.0 no problem
        1.2 no worries
        1.0 no issues
        1.0 no problems
        2.0 made my week
        2.2 made my night
        2.0 saved my life
        2.0 saved the day
        2.0 life is good
        1.8 feeling good
        2.0 feel good
        2.0 feels good
        2.2 feel great
        2.2 feeling great
        2.2 feel amazing
        2.0 good to go
        1.4 all set
        2.0 happy place
        2.0 happy days
        1.8 sweet dreams
        2.2 have a great
        2.2 have a lovely
        2.0 have a good
        2.2 have a nice
        2.0 enjoy your
        1.6 blue sky
        1.6 blue skies
        1.4 sunny day
        1.6 sun's out
        1.4 sun is out
        2.0 heart eyes
        1.8 cheered me up
        2.0 cheer me up
        1.8 put a smile
        1.6 smile on my
        1.6 faith in humanity
        1.6 pay it forward
        1.2 goals
        1.4 squad goals
        2.2 gamechanger
        2.0 life changing
        2.0 life-changing
        1.4 stoked
        2.2 pumped
        1.8 psyched
        1.6 lit af
        0.6 crisp
        1.2 cosy up
        1.6 feel-good
        1.4 home sweet home
        1.6 crushing it
        2.0 killing it
        2.0 killed it
        1.6 smashed it
        1.6 smashing
        1.6 like a boss
        1.0 gold
        1.8 golden
        1.6 gold medal
        1.2 medal
        1.6 champs
        1.8 won
        2.2 we won
        2.2 we did it
        1.8 did it
        1.8 made it
        1.6 finally made it
        1.4 winner winner
        1.4 trophy
        1.8 promoted
        1.8 promotion
        1.0 passed
        2.0 graduated
        1.8 graduation
        1.8 got the job
        1.4 hired
        1.4 married
        1.2 newborn
        1.0 pregnant
        0.6 baby
        0.6 puppy
        0.6 kitten
        1.0 puppies
        1.0 kittens
        1.6 cuddles
        1.4 snuggle
        1.6 snuggles
        0.8 nap
        0.6 weekend
        0.6 holiday
        0.6 holidays
        1.0 vacation
        0.6 party
        0.6 birthday
        0.6 festival
        1.2 feast
        1.0 picnic
        0.8 sunset
        0.6 sunrise
        0.8 rainbow
        0.6 beach
        0.6 summer
        0.6 cake
        0.6 chocolate
        0.6 ice cream
        1.8 yum yum
        2.0 mouth watering
        2.0 mouthwatering
        1.8 scrumptious
        2.0 delish
        2.0 divine
        1.6 flavourful
        1.6 flavorful
        1.6 juicy
        1.6 crispy
        1.4 hearty
        0.8 homemade
        1.8 mad respect
        2.2 so cute
        1.6 too cute
        2.0 miss you already
        1.2 cute af
        1.6 productive
        1.4 hooked
        2.0 goodest
        1.6 what i needed
        1.2 no surprises
        1.4 no questions asked
        1.6 hits different
        2.6 can't thank you
        2.6 cant thank you
        2.6 cannot thank you
        2.0 beat cancer
        1.6 remission
        0.8 refunded
        2.4 kindest
        2.4 proudest
        2.2 nicest
        2.0 nicer
        2.0 cuter
        2.0 funnier
        2.0 prettier
        2.2 prettiest
        1.6 smarter
        1.4 stronger
        2.2 kinder
        1.6 made up for
        1.2 helping
        1.0 0 issues
        1.0 zero issues
        1.0 0 problems
        """;
}
