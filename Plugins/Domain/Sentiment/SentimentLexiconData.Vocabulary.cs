namespace SocialCrm.Plugins.Domain.Sentiment;

internal static partial class SentimentLexiconData
{
    /// <summary>Common English words with no sentiment of their own, space-separated. Hashtags are split into words the
    /// lexicon and this list know ("#bestdayever" is "best day ever"), so a hashtag is only read when it splits cleanly.
    /// </summary>
    public const string Vocabulary = """
        a about above across act actually add after afternoon again against age ago agree ahead air all almost
        along already also always am among an and animal another answer any anyone anything app april are area
        arm around arrive art as ask at august away baby back bag ball bank bar base be beach bear beat became
        because become bed been beer before began begin behind being believe below between big bike bill bin
        bird birthday bit black block blog blue board boat body book both bottle box boy bread break breakfast
        bring brother brought brown build building bus business but buy by cafe cake call came can car card care
        carry case cat catch cause centre center chair change check child children chips choose church city
        class clean close club coat coffee cold colour color come coming company cook cool corner could country
        couple course cover cross cup current cut dad daily dance date daughter day days dear decide deep did
        dinner do doctor does dog doing done door double down draw dream dress drink drive driver drop during
        each early earth east easy eat egg eight either else email end enough even evening event ever every
        everyone everything exam eye face fact fall family far farm fast father feel feet few field fight figure
        fill film final find fine finger finish first fish five flat floor flower fly follow food foot for form
        forward four free friday friend from front full game garden gas gave get girl give glass go going gold
        gone got green ground group grow guy hair half hall hand happen hard has hat have he head hear heard
        heart heat help her here high hill him his history hit hold holiday home hope horse hot hour house how
        hundred i ice idea if in inside into is island it its job join july june just keep key kid kids kind
        king kitchen knew know land language large last late later laugh lay lead learn least leave left leg
        less let letter life light like line list listen little live long look lot love low lunch made mail main
        make man many map march mark match may me mean meet men middle might mile milk mind minute miss mom
        monday money month moon more morning most mother mountain mouth move movie much mum music must my name
        near need never new news next nice night nine no noon north not note nothing now number of off office
        often oh oil ok old on once one only open or order other our out over own page paint pair paper parent
        park part party pass past pay people per person phone pick picture piece place plan plane plant play
        please plus point post pound power present pretty price problem pull put question quick quiet race radio
        rain ran rather read ready real reason red remember rest right river road rock room round run said same
        saturday saw say school sea season seat second see seem sell send sent set seven shall she ship shop
        short should show side sign since sing sister sit six size sleep slow small snow so some something son
        song soon sound south space speak special spring stand star start station stay step still stop store
        story street strong student study such summer sun sunday sure table take talk tea teach team tell ten
        test than that the their them then there these they thing think this those though three through thursday
        till time to today together told tomorrow tonight too took top town train tree trip true try tuesday
        turn tv two under until up upon us use very visit wait walk wall want war warm was watch water way we
        wear weather wednesday week weekend well went were west what when where which while white who whole why
        will win wind window winter wish with without woman women wonder word work world would write year yes
        yet you young your forever
        """;

    /// <summary>Words that open a question, space-separated. "What", "how" and "why" are left out: they open
    /// exclamations and complaints as often ("what a joke", "how lucky am I", "why does this always happen").</summary>
    public const string QuestionOpeners = """
        is are am does do did can could would should will which where when who whose anyone anybody what's whats
        """;

    /// <summary>English function words, space-separated: weighed against <see cref="OtherLanguageWords"/> to tell an
    /// English text from one the lexicon does not cover.</summary>
    public const string EnglishWords = """
        the a an and or but to of in on at for with is are was were be been am i you he she it we they my your
        our their this that these those not no do does did have has had will would can could should just so very
        what when where who why how there here if then than from by about as up out all me him her them its i'm
        it's don't can't
        """;

    /// <summary>Frequent function words and greetings of Spanish, French, German, Portuguese, Italian, Dutch, Turkish,
    /// Indonesian, Polish and the Nordic languages, space-separated, leaving out any that are also English words ("die",
    /// "also", "ya"). Two or more of them, outnumbering the English words, mark a text the lexicon cannot judge.</summary>
    public const string OtherLanguageWords = """
        de en el la los las un una unos unas es del por para que muy pero como más mas esta está este esto estoy estás
        hoy gracias muchas todos nunca siempre también tambien tengo tiene ser fue eres somos sois vamos mañana
        bueno buena malo mala hola señor ahora aquí donde cuando porque qué quién cómo le des une est et pas
        très tres avec dans sur mais nous vous ils elles je suis c'est j'ai cette ces toujours merci beaucoup
        bien trop rien demain aujourd'hui quelqu'un était être avoir fait qui quoi où oui bonjour salut encore
        ici déjà vraiment der das und ist nicht ein eine einen ich du wir ihr sie mit auf für aber sehr auch
        schon wieder noch heute morgen danke bitte waren haben hast habe wann weiß jemand warum ganz immer
        nichts schlecht jetzt hier kein keine sind wird wurde não nao muito obrigado obrigada foi você voce
        alguém alguem hoje minha meu isso isto estou uma são bom ruim também agora aqui onde quando obrigadão
        che è sono molto grazie questo questa quello anche ancora oggi domani sempre niente buongiorno ciao
        perché tutto tutti siamo siete hanno hai het een niet maar ook echt bedankt weer dit zijn hebben heb wij
        jullie ik mijn geen nog wel vandaag waarom bu çok ve bir için değil yok teşekkürler teşekkür ederim
        merhaba nasıl şey gibi daha yang ini itu tidak sekali juga belum sudah sangat terima kasih saya kamu
        kami dengan untuk tapi banget gak nggak jestem bardzo nie się dziękuję dzięki wszystko tak czy już jak
        dla był była för och det är att jag inte mycket bra hej takk ikke jeg veldig hei meget kiitos paljon ja
        ei hyvä nagyon köszönöm és nem mulțumesc și pentru foarte
        """;
}
