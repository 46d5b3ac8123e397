package uk.consultation.coding.understand;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import uk.consultation.coding.language.CaseFolding;
import uk.consultation.schemas.Position;

/**
 * Reads the position a respondent takes on a question from the sentences that answer it, clause by clause, as the
 * labelling guide (LABELLING.md of the understanding set) reads it. A clause may say "not sure" outright, or agree or
 * disagree: in the respondent's own voice ("we welcome", "I cannot support") or by judging the proposal ("a good
 * idea", "falls short"). A negation shortly before a cue turns it round ("we would not oppose" agrees). Hedges keep
 * the polarity and lower the confidence ("broadly", "in principle", "with reservations"); a condition is a theme, not a
 * change of position ("provided that …", "only if …": its clause is not weighed); after a turn ("but", "however") the
 * view weighs more than before it, a concession ("although …") less, and a verdict ("on balance", "overall") twice.
 * Agreement with the aim only weighs half beside a rejection of what is proposed ("we agree with the aim but the
 * approach is heavy-handed" disagrees), not beside reservations ("we support the aims, with reservations" agrees).
 * Sarcasm and rhetorical questions disagree, whatever their words ("as if that will work", "what a relief that …"), and
 * so does a preference for something other than what is proposed ("we would rather see councils decide").
 * {@code not_sure} is the writer's own indecision only, said, or views both ways each of a part of the proposal ("I
 * agree with parts of this and disagree with others"); other views both ways go to the heavier, or the last, at a low
 * confidence. Sentences with no view at all read as {@code not_sure} at the lowest confidence; an answer with none
 * ({@link #readAnswer}) takes its passages' view, else the side the sentence model hears in it, else its document's
 * lean, else {@code agree}, at a confidence that sends it to an analyst. A question asking whether something is
 * adequate or right ({@link Asks}) hears a shortfall as a No.
 */
final class PositionReading {

    /** How sure a position is when the text has no view. */
    static final double UNCLEAR_CONFIDENCE = 0.3;
    /** How sure when the text has views both ways of about equal weight, and the heavier or the last is taken. */
    static final double MIXED_CONFIDENCE = 0.4;

    /**
     * How sure when no rule reads a view and the sentence model hears one ({@link PositionHead}, else
     * {@link PositionPrototypes}).
     */
    static final double HEARD_CONFIDENCE = 0.35;

    /** "Not sure" said outright is an answer, and a fairly certain one. */
    static final double STATED_NOT_SURE_CONFIDENCE = 0.75;

    /** A hedge, a condition or a turn leaves the view as it is, a little less certain. */
    private static final double HEDGED_BY = 0.1;

    private static final String SUBJECT = "\\b(?:we|i|they|council|councillors|members|diocese|foundation|trust|forum|"
            + "partnership|charity|organisation|police|service|board|committee|network|association|society|church|"
            + "school|authority|federation|union|centre|trustees|governors|group)\\b(?:\\s+[\\w']+){0,3}\\s+";

    /** What "support" names before it as a noun, not a verb: the posts people hold ("school support staff"). */
    private static final String POSTS = "(?:roles?|staff|workers?|assistants?|officers?|posts?|jobs?)\\b";

    /** What a supporting verb takes as its object: the proposal, not "to support the families we work with". */
    private static final String PROPOSAL = "(?:the|these|this|that|its|all|both|such|it|them|proposals?|measures?|plans?"
            + "|aims?|idea|principle|move|approach|introduction|creation|ambition|emphasis|focus|commitment|call)\\b";

    /** What a welcome is of, for it to be a view: the proposal, those who make or carry it out, what it funds or teaches. */
    private static final String DOINGS = "\\b(?:government|ministers?|whitehall|councils?|authorit(?:y|ies)|leaders?|paper"
            + "|strategy|proposals?|plans?|measures?|definition|fund(?:s|ing|ed)?|money|budgets?|progress|attention"
            + "|recognition|action|schools?|classes|english|esol|register|duty|integration)\\b";

    /**
     * What a verdict with no verb is of, for it to be a view: what a welcome is of ({@link #DOINGS}), or the
     * consultation's other things proposed and the words a list uses for a part of the paper.
     */
    private static final String PROPOSED = "(?:" + DOINGS + "|\\b(?:programmes?|schemes?|training|lessons|clubs|courses"
            + "|packs?|targets?|tests?|hubs?|reforms?|support|idea|chapter|section|bits?|stuff|checks|inspections)\\b)";

    /**
     * The rest of a sentence with no verb that names something proposed, to its end: "the register of tuition centres.",
     * "local plans, every time."; not "the definition, see page 12." nor "the bus was on time.". A verdict this short
     * has a few words each side of what it names: bounded, since Java matches each repetition of a group by recursion,
     * and a run-on sentence of thousands of words overflowed the stack (and took time quadratic in it before that).
     */
    private static final String VERBLESS = "(?=(?:\\s+" + wordNoVerb() + "){0,20}?\\s+[\"“”']?" + PROPOSED
            + "(?:[\"“”'\\w-]*)(?:\\s+" + wordNoVerb() + "){0,20}"
            + "\\s*(?:,\\s*(?:\\w+ly|even|too|please|every time|all the way|of course|without (?:hesitation|question"
            + "|reservation)))?\\s*[.!]*$)";

    /** Convincing, persuading or impressing the writer, not persuading them to do something. */
    private static final String CONVINCES = "\\b(?:convince[sd]?|persuade[sd]?|impress(?:es|ed)?)"
            + "\\s+(?:me|us|anyone|everyone)\\b(?!\\s+to\\b)";

    /** Where a short verdict follows its topic: a dash or a colon ("Local plans - sensible.", "Schools: absolutely"). */
    private static final String AFTER_TOPIC = "(?:\\s[–—-]|:)\\s*";

    /** The adjectives that praise what they are said of ("it is sensible", "that's overdue"). */
    private static final String PRAISE = "(?:right|vital|essential|good|great|excellent|sensible|useful|helpful|positive"
            + "|reasonable|adequate|sufficient|enough|effective|(?:long )?overdue|important|necessary|needed"
            + "|valuable|sound|appropriate|welcome|promising|encouraging|fine)";

    /**
     * A reservation ("we have concerns", "I worry"): against, but not a rejection, so a granted aim is not outweighed
     * by it ({@link #AIM}).
     */
    static final Cue RESERVATION = cue(Position.DISAGREE, 1, List.of("concern", "reservation", "worr", "sceptical",
                    "skeptical", "doubts", "wary", "uneasy", "uncomfortable", "dubious", "apprehensive", "misgivings"),
            "\\bconcern(?:s|ed)?\\b|\\breservations?\\b|\\bworr(?:y|ied|ies|ying)\\b|\\bs[ck]eptical\\b"
                    // The writer's doubts, however said ("I have doubts", "our members have real doubts"); not "she had
                    // doubts about moving".
                    + "|(?:\\b(?:i|we)(?:'ve| have| had| still have| do have)(?: got)?|\\b(?:my|our|serious|grave|real|deep"
                    + "|strong|considerable|genuine))(?: (?:serious|grave|real|deep|strong|considerable|genuine|some"
                    + "|many))? doubts\\b"
                    // The writer's unease: "we are wary of", "I'm dubious about", "members are uncomfortable with …";
                    // not "our dog is wary of strangers".
                    + "|(?:" + SUBJECT + "|\\b(?:i'm|we're)\\s+(?:[\\w']+\\s+){0,2})(?:wary (?:of|about)|uneasy|uncomfortable"
                    + " (?:with|about)|dubious|apprehensive)\\b"
                    + "|\\b(?:have|has|had|my|our|serious|grave|real|deep|some) misgivings\\b");

    /**
     * Agreement with the aim only: the proposal's aim, principle or intention, what it looks like in theory, or a
     * general truth ("we agree children should mix"). Beside a rejection of what is proposed it weighs half
     * ("we agree with the aim but the approach is heavy-handed" disagrees); with reservations only it stands ("we
     * support the aims, with reservations" agrees).
     */
    static final Pattern AIM = Pattern.compile(
            "\\b(?:aims?|principles?|intentions?|intent|sentiments?|spirit|goals?|objectives?|ambitions?|ideals?"
                    + "|aspirations?|vision)\\b"
                    + "|\\bin theory\\b|\\bon paper\\b|\\bwell[- ](?:meant|meaning|intentioned)\\b"
                    + "|\\b(?:agree|accept)s? (?:that )?(?:[\\w']+ ){1,3}(?:should|must|needs? to|matters?)\\b");

    /**
     * A rejection of the means, not the end ("the wrong tool for the job", "not the way to do it", "not how to make that
     * happen"): beside it, agreement in the same answer is with the aim only ("we support giving newcomers better
     * information; a booklet nobody reads is not the way to do it" disagrees).
     */
    static final Pattern MEANS = Pattern.compile(
            "\\bwrong (?:tools?|ways?|approach|means|mechanisms?|vehicles?|instruments?|routes?|methods?|levers?)\\b"
                    + "|(?:\\bnot|n't) (?:the (?:right |best |only )?)?(?:answer|solution|way forward|way to|how)\\b");

    /** One of these is in every match of {@link #MEANS}. */
    static final List<String> MEANS_WORDS = List.of("wrong", "not", "n't");

    /** One of these is in every match of {@link #AIM}. */
    static final List<String> AIM_WORDS = List.of("aim", "principle", "intent", "sentiment", "spirit", "goal",
            "objective", "ambition", "ideal", "theory", "paper", "meant", "meaning", "agree", "accept", "aspiration",
            "vision");

    /**
     * A statement in the respondent's own voice counts twice as much as a judgement of the proposal. Each cue lists
     * words of which every match holds one: most clauses hold none, and looking for a word is much cheaper than
     * running the pattern.
     */
    static final List<Cue> CUES = List.of(
            outright(Position.NOT_SURE, 2, List.of("sure", "uncertain", "undecided", "know", "view", "opinion",
                    "position", "decision", "mind", "wait and see", "one hand", "mixed", "depends", "to say", "to tell",
                    "to judge", "to call", "yes", "torn", "could not agree", "couldn't agree", "couldn't say",
                    "could not say", "cannot say", "can't say", "really say", "honestly say", "verdict", "both sides",
                    "either way", "two minds",
                    "jury", "time will tell", "judg", "split", "divided", "able to", "neither agree", "consensus",
                    "tell you", "maybe", "perhaps", "possibly", "decide", "long enough", "fence", "back and forth", "still",
                    "both ways", "all over the place",
                    "for and against"),
                    // Not "an uncertain result": said of a thing, not of the writer.
                    "\\bnot (?:at all )?sure\\b|\\bunsure\\b|(?<!\\b(?:an|the) )\\buncertain\\b|\\bundecided\\b"
                    + "|\\b(?:don't|do not|didn't) (?:really |honestly )?know\\b"
                    + "|\\bno (?:strong |firm |clear |settled )?(?:view|opinion)s?\\b"
                    + "|(?:\\bnot|n't|\\bwithout) (?:yet )?(?:reach(?:ed|ing)?|form(?:ed|ing)?|take|taken|taking|come to|coming to) (?:a|any)"
                    // "a view", "a collective view", "a common mind"
                    + " (?:(?:common|collective|settled|firm|clear|single|shared|agreed|final|corporate) )?(?:view|position"
                    + "|decision|verdict|consensus|mind)\\b"
                    + "|\\bnot in a position to\\b|\\bmake (?:my|our|their) minds? up\\b|\\bmake up (?:my|our) minds?\\b"
                    + "|(?:\\bnot|n't|\\bnever) (?:yet |really |quite )?made (?:up (?:my|our|their) minds?|(?:my|our|their) minds? up)\\b"
                    // "We have not had the fund long enough to say", not "open long enough to have regulars".
                    + "|(?:\\bnot|n't) (?:[\\w']+ ){0,3}long enough to (?:say|tell|judge|know|decide)\\b"
                    + "|\\bwait and see\\b|\\bon the one hand\\b|\\bmixed (?:views|feelings)\\b"
                    // "It depends", "that all depends on …", "whether we back it depends on …"; not "every proposal depends
                    // on the capacity of councils", "status that depends on a spouse": a fact, not the writer's doubt.
                    + "|(?:^|\\b(?:it|that|this|all|everything)\\s+(?:\\w+\\s+)?)depends\\b|\\bwhether\\b[^.;]{0,80}?\\bdepends\\b"
                    + "|\\b(?:hard|difficult|too early|too soon)(?: for (?:me|us))? to (?:say|tell|judge|decide|call|take a (?:view|position))\\b"
                    + "|\\b(?:can't|cannot|couldn't|could not|unable to) (?:yet )?decide\\b"
                    + "|\\b(?:don't|do not|haven't|have not) (?:yet )?(?:have|got|formed) (?:a|any) (?:\\w+ )?(?:view|opinion|position)\\b"
                    + "|\\btoo \\w+ to judge\\b"
                    + "|\\byes,?\\s+and\\s+(?:in part\\s+)?no\\b|\\btorn\\b|\\bcould(?: not|n't) agree\\b(?! more)"
                    // The writer's own: not "you cannot say 'learn English' and then close the classes".
                    + "|(?<!\\b(?:you|one|they|he|she) )\\b(?:could(?: not|n't)|cannot|can't) (?:really |honestly )?(?:say\\b(?! (?:that|i|we)\\b)|tell you\\b)"
                    + "|^(?:maybe|perhaps|possibly)(?:,? (?:maybe|perhaps|possibly) not)?(?=\\s*(?:[.!]|$))"
                    + "|\\b(?:see|seeing|arguments? (?:on|for)|points on|merits? on|cases? for) both sides\\b"
                    + "|\\bboth sides of the (?:argument|debate|question)\\b|\\beither way\\b|\\b(?:in|of) two minds\\b"
                    + "|\\b(?:arguments?|cases?|points) (?:both )?for and against\\b"
                    + "|\\bjury(?: is|'s) (?:very much )?(?:still )?out\\b|\\btime will tell\\b"
                    // "Arguments both ways"; a body whose members are all over the place on it.
                    + "|\\b(?:arguments?|cases?|points) both ways\\b"
                    + "|\\b(?:members|trustees|committee|board|we|they|views|opinions?)(?:'re| (?:were|are|is|was))"
                    + " (?:\\w+ )?all over the place (?:on|about|over) (?:it|this|that|these|them|the|whether)\\b"
                    // The writer on the fence, going back and forth on it, still thinking about it; not a cat on a fence.
                    + "|(?:\\b(?:i|we)|'m|'re|\\bremains?|\\bstay(?:s|ing)?)(?: [\\w']+){0,2} (?:sitting |sat )?on the fence\\b"
                    + "|\\bback and forth (?:on|about|over)\\b"
                    + "|\\bstill (?:thinking|weighing|mulling)(?: (?:it|this|that)\\b| (?:about|over) (?:it|this|that|these|them)\\b)"
                    + "|\\breserve (?:our |my )?judge?ment\\b|\\bneither agree nor disagree\\b"
                    + "|\\b(?:not|n't) (?:feel |yet )?able to (?:choose|decide|say|judge|take a (?:view|position))\\b"
                    // Not able to agree among themselves, not with someone; not yet decided.
                    + "|(?:\\bnot|n't) (?:yet )?(?:been )?able to agree\\b(?! (?:with|that|to)\\b)"
                    + "|(?:\\bnot|n't|\\bnever) (?:yet )?decided\\b"
                    // A body that could not agree: its members, not the community it serves.
                    + "|\\b(?:members|trustees|committee|board|council|we|group|governors|opinion|views)"
                    + "(?:'re| (?:were|are|is|was|remain|remained)) (?:\\w+ )?(?:split|divided)\\b(?!\\s+(?:into|between|up|across)\\b)"),
            // Whether it works is yet to be seen, or too early to call: undecided, but beside a view of the proposal
            // ("we support it, though whether it is funded remains to be seen") it does not outweigh it.
            outright(Position.NOT_SURE, 1, List.of("remain", "call"), "\\bremains? to be seen\\b"
                    + "|\\b(?:can't|cannot|couldn't|could not) (?:yet )?call (?:it|this|that|whether)\\b"),
            outright(Position.AGREE, 2, List.of("agree more"), "\\bcould(?: not|n't) agree more\\b"),
            outright(Position.DISAGREE, 2, List.of("convinced", "persuaded", "impressed", "no", "not", "think so",
                    "hardly", "chance", "nah", "keen"),
                    // "Not entirely convinced": understatement for a No.
                    "\\b(?:(?:not|less|never)(?: (?:entirely|fully|wholly|altogether|totally|completely|quite|really|yet"
                    + "|at all|all that|remotely))?[ -]|un-?)(?:convinced|persuaded|impressed)\\b"
                    + "|^hardly(?: at all)?(?=\\s*(?:[.!]|$))|^(?:\\w+ly,?\\s+)?(?:no|not a|fat|zero) chance\\b(?! to\\b)"
                    // The template's "No" given as the answer, heading it.
                    + "|(?:^|[:–—-]\\s*)(?:\\w+ly,?\\s+)?(?:no|nope|nah)\\b(?=\\s*(?:[.,;:!–—-]|$))|^no,? thank(?:s| you)\\b"
                    + "|^not (?:very |really |too |that |so )?keen\\b(?=\\s*(?:[.,;:!–—-]|$))"
                    // A refusal standing as the answer ("Absolutely not.", "Not a chance.").
                    + "|(?:^|" + AFTER_TOPIC + ")(?:absolutely|certainly|definitely|emphatically|most certainly|of course"
                    + "|no,?) not\\b"
                    + "|^not (?:at all|a chance|really|in (?:its|this|the) (?:present|current) form)\\b(?=\\s*(?:[.,;:!–—-]|$))"
                    + "|\\b(?:don't|do not) think so\\b|(?:^|\\band |[:–—-]\\s*)no to\\b(?! (?:doubt|question)\\b)"
                    // "…, but not this": the turn's clause refuses what the clause before it welcomed.
                    + "|^not (?:this|these|that|the|its|their|how|what|like this|in this|as)\\b[^,;.]{0,40}[.!]?$"),
            // Judgements that hold their own negation ("done nothing"), which no other negation turns round.
            outright(Position.DISAGREE, 1, List.of("nothing", "little", "not the role", "no business", "cannot see",
                    "can't see", "short", "close", "nowhere near", "far enough", "no place", "no mention", "silent on",
                    "surface", "drop in", "last thing", "problem", "some", "others", "rest", "for", "up to", "benefit",
                    "value", "purpose", "change", "merit", "anything", "a thing", "dressing", "talking shop",
                    "lip service", "doubt", "need", "point", "difference", "harm", "worse", "backfire", "not", "n't",
                    "question", "query", "no good", "hands off"),
                    "\\b(?:done|did|does|do|achieved?|achieves) (?:nothing|little|very little)\\b|\\bmeans? nothing\\b"
                    + "|\\bnot the role\\b|\\bno business\\b"
                    + "|\\bnot (?:for|up to) (?:the )?(?:government|state|ministers|whitehall|councils?|the home office)\\b"
                    + "|\\b(?:can(?:not|'t)|could(?: not|n't)|(?:do not|don't) really) (?:really |honestly )?see (?:what|how|why|the|any"
                    + "|(?:this|it|that|them) (?:working|helping|making))\\b[^,;]*"
                    + "|\\bf(?:alls?|ell|alling) (?:\\w+ ){0,3}short\\b(?: of (?:what is needed|\\w+))?|(?:\\bnot|n't|\\bnowhere|\\bnever) (?:even )?(?:come|comes|came) close\\b"
                    + "|\\bnowhere near\\b|(?:\\bnot|n't) go(?:es)? (?:nearly |anything like )?far enough\\b"
                    + "|\\bno place\\b|\\bno mention\\b|\\bsilent on\\b|\\bscratch(?:es|ed|ing)? the surface\\b"
                    + "|\\bdrop in (?:the|a|an) (?:[\\w-]+ ){0,2}(?:ocean|bucket|sea)\\b"
                    + "|\\bthe last thing (?:[\\w']+ ){0,3}needs?\\b"
                    // "Not the problem this paper thinks they are"; "the plans are no good", not "no good asking".
                    + "|\\bnot the problem (?:that )?(?:[\\w']+ ){1,3}(?:thinks?|claims?|believes?|makes? out|suggests?|assumes?)\\b"
                    + "|\\b(?:is|are|was|were|'s|'re)(?: simply| just| frankly| really)? no good\\b(?!\\s+\\w+ing\\b)"
                    // An instruction to keep away from something of the writer's: "Hands off our Saturday schools."
                    + "|^(?:so |just |please )?hands off\\b"
                    // Doubt in the writer's voice; "no doubt" is not it.
                    + "|\\b(?:i|we) (?:very much |seriously |rather |strongly )?doubt\\b[^,;]*|\\bdoubtful\\b"
                    // Formal doubt: "we would question whether it is needed", "questions the premise that …".
                    + "|\\b(?:question(?:s|ed)?|query|queries|queried) (?:whether|if)\\b[^,;]*|\\bquestionable\\b[^,;]*"
                    + "|\\b(?:question(?:s|ed)?|query|queries|queried) the (?:need|premise|value|wisdom|logic|assumption"
                    + "|evidence|case|point|rationale|thinking)\\b"
                    + "|\\b(?:no|little|see no) (?:real |obvious )?need\\b|\\bnot (?:really )?needed\\b"
                    // "Leaders do not need training": not "they do not need to wait".
                    + "|\\b(?:do|does|did)(?: not|n't) (?:really )?need\\b(?! to\\b)"
                    + "|\\b(?:no|little|see no) (?:real |obvious )?(?:point|benefit|value|purpose|merit)\\b"
                    + "|\\b(?:achieve|accomplish|solve|fix) (?:anything|a thing)\\b"
                    + "|\\b(?:nothing|little) will (?:change|improve)\\b|\\bchanges? (?:nothing|little)\\b"
                    + "|(?:\\bnot|n't) change (?:anything|a thing|much)\\b"
                    // "Any difference" is said only under a negation or a doubt.
                    + "|\\b(?:make|makes|making|made) (?:no|little|any|much|very little) (?:real |practical )?difference\\b"
                    + "|\\bmore harm than good\\b|\\bbackfire\\b|\\bwindow[ -]dressing\\b|\\btalking shop\\b"
                    + "|\\blip service\\b"
                    + "|\\b(?:solution|answer)s? (?:looking|in search) (?:for|of) (?:a )?problems?\\b"
                    + "|\\b(?:make|makes|making|made) (?:things|matters|it|them|everything|the problem) (?:\\w+ )?worse\\b"
                    // "Some of it is good, some of it is not", "The aim is right. The money is not": the view left out
                    // after "not" is the one before, denied.
                    + "|\\b(?:is|are|was|were|does|do|did|will|would)(?: not|n't)(?=\\s*(?:[.,;:!–—-]|$))"),
            // What the proposal cannot do, said as a general truth ("you can't make people mix by decree", "belonging
            // isn't something a council can order") with a verb of doing it from above, not "you can't register
            // online"; or what it will do for nobody ("a leaflet won't get anyone a job", "won't tell you much"), with
            // a verb of what a measure does, not "it won't hurt anyone", and not in the writer's own voice ("I won't
            // tell anyone").
            outright(Position.DISAGREE, 1, List.of("can't", "cannot", "can never", "could never", "something",
                    "won't", "will not", "wouldn't", "would not", "will never", "would never"),
                    "(?:\\b(?:you|one|government|the state|ministers|whitehall|councils?|nobody|no one|laws?|legislation)"
                    + "\\s+(?:can(?:not|'t| never)|could never)|(?:\\bnot|n't) (?:something|a thing) (?:that )?(?:[\\w']+ ){1,2}can)"
                    + "\\s+(?:\\w+ly\\s+)?(?:force|make(?! it\\b)|legislate|buy|teach|order|impose|mandate|manufacture|engineer"
                    + "|regulate|decree|compel|build|create|arrange|dictate|lecture|bully)\\b"
                    + "|(?<!\\bi |\\bwe |\\byou )(?:won't|will not|wouldn't|would not|will never|would never)\\s+(?:\\w+ly\\s+)?"
                    + "(?:change|stop|get|make|tell|do|put|teach|find|reach|give|bring|help|save|protect|persuade|convince"
                    + "|solve|fix|improve|prevent|keep|win|feed|house|move)\\s+(?:[\\w']+\\s+){0,2}?"
                    + "(?:anyone|anybody|anything|a single|much)\\b"),
            // A preference for something other than what is proposed, in the writer's voice ("we would rather see
            // councils decide", "I'd prefer to see ESOL funded properly") or set against it ("rather than yet another
            // pilot", "instead of relying on a form", "better to fund the clubs we have than …"); not "I'd rather
            // walk", "by train rather than by car".
            outright(Position.DISAGREE, 1, List.of("rather", "prefer", "instead of", "better", "more good"),
                    "\\b(?:i|we)(?:'d| would) (?:much |far |really )?(?:rather|prefer(?: to)?) (?:see|have|had|hear|the|that|it"
                    + "|they|this|these|more|a|an)\\b(?!(?: [\\w']+){0,3} than nothing\\b)"
                    + "|\\b(?:rather than|instead of) (?:yet |just |simply )?(?:another|a new|new|more|the proposed|these"
                    + "|inventing|counting|relying|imposing|creating|setting|adding)\\b"
                    + "|^(?:it(?:'d| would)? be |it's |far |much )?better to \\w+\\b[^.;]{0,80}?\\bthan\\b"
                    + "|\\bbetter (?:used|invested|directed) (?:on|in)\\b"
                    // The money put to something else: "Better to spend it on childcare", "would do more good in refuges
                    // than in …".
                    + "|^(?:it(?:'d| would)? be |it's |far |much )?better to (?:spend|put|invest|use) (?:it|that|this"
                    + "|the (?:money|funding|budget|cash))\\b"
                    + "|\\b(?:would|could|will) do (?:far |much |a lot |a great deal )?more good\\b[^.;]{0,80}?\\bthan\\b"),
            // Agreement said by denying a quarrel ("I have no problem with it"), which no negation turns round, and faint
            // praise ("better than nothing"): still a yes to a proposal; to "is it adequate?" a shortfall, read first.
            outright(Position.AGREE, 1, List.of("no problem", "no issue", "no quarrel", "no complaint", "argue with",
                    "disagree", "fault", "object to", "wrong with", "brainer", "better than nothing", "against", "bad",
                    "worst", "merit", "see who", "anyone", "before time", "late than never",
                    "long may", "than nothing"),
                    "\\bno (?:problem|issue|quarrel|complaint)s? (?:with|from|here)\\b"
                    + "|\\b(?:nothing|anything) (?:much |very )?wrong with\\b"
                    + "|\\b(?:can(?:not|'t)|hard to|difficult to) (?:argue with|argue against|disagree|fault|object to)\\b"
                    // Welcome of what is late: "Not before time.", "better late than never", "long may it continue".
                    + "|\\bnot before time\\b|\\bbetter late than never\\b|\\blong may (?:it|this|that|they) (?:continue|last)\\b"
                    + "|\\brather (?:have|see|keep) (?:it|them|this|these|that|something|the|some|a)\\b[^,;.]{0,20}? than nothing\\b"
                    + "|\\bnothing to (?:object to|disagree with|argue with|fault)\\b|\\bno[ -]brainer\\b"
                    + "|\\bbetter than nothing\\b"
                    // Nothing against what is proposed, not against the neighbours.
                    + "|\\b(?:have|has|got) nothing (?:at all )?against (?:" + PROPOSED + "|\\w+ing\\b|(?:the|this|these|that"
                    + "|it|its)\\b(?! (?:people|family|neighbours|man|woman|men|women)\\b))"
                    // Understatement: "not a bad definition", "Not bad.", "it wouldn't be the worst idea", "not without
                    // merit"; not "the weather was not bad".
                    + "|\\bnot (?:a|such a) bad\\b|^not (?:(?:at all|half|too) )?bad\\b|\\bno bad thing\\b"
                    + "|(?:\\bnot|n't) (?:be )?the worst (?:thing|idea)\\b|(?:\\bnot|n't) without (?:its |their |some )?merits?\\b"
                    // "It is hard to see who could object to …": nobody could, the writer included.
                    + "|\\b(?:hard|difficult|impossible) to see (?:who|how anyone|why anyone) (?:could|would|might|can)"
                    + " (?:possibly |really )?(?:object|disagree|argue|quarrel|complain)\\b"),
            cue(Position.AGREE, 2, List.of("agree", "support", "welcome", "endorse", "in favour", "approve", "back",
                    "yes", "behind", "happy", "content", "pleased", "glad", "delighted", "like", "value", "commend",
                    "applaud", "all for", "keen", "encouraged", "heartened", "supportive", "in support", "count",
                    "absolutely", "definitely", "certainly", "of course", "indeed", "agreed", "good", "great", "fine",
                    "vote", "agreement", "by all means", "i am", "we are", "i'm", "we're"),
                    // Not the text "agreed by our Senior Leadership Team", nor staff "in school support roles".
                    "\\bagree(?:s|d(?! by\\b))?\\b|\\bagreeing\\b|" + SUBJECT + "support(?:s|ed)?\\b(?! " + POSTS + ")"
                    // Not "job support that stops after twelve weeks": the noun, before a relative clause.
                    + "|(?<!\\bto )\\bsupport(?:s|ed|ing)? (?!that (?:is|was|are|were|has|have|had|will|would|can|could|may"
                    + "|might|must|should|\\w+(?:s|ed))\\b)" + PROPOSAL
                    + "|\\b(?:full|strong|wholehearted|our|my) (?:support|backing)\\b|\\bin (?:\\w+ )?agreement\\b"
                    // Not "is welcome", praise read once below; nor a courtesy ("we would welcome the opportunity to discuss").
                    + "|(?<!\\b(?:is|are|was|were|be) )(?<!\\b(?:is|are|was|were|be) (?:very|most|so|quite|\\w{1,12}ly) )"
                    + "\\bwelcome[sd]?\\b(?!\\s+(?:pack|to\\b|(?:the|this|an|any) (?:opportunity|chance|invitation) to\\b))"
                    + "|\\bendorse(?:s|d(?! by\\b))?\\b|\\bin favour\\b|\\bapprove(?:s|d(?! by\\b))?\\b"
                    + "|\\b(?:we|i)(?:'d|'ll)?(?:\\s+(?:would|will|can|could|cannot|can't|couldn't|won't|wouldn't|do not|don't))?\\s+back\\b"
                    + "|\\b(?:gets?|has|have) (?:our|my) vote\\b"
                    // Not "give us back the people", "bring back the bus": "back" of a return.
                    + "|(?<!\\b(?:give|gives|gave|giving|bring|brings|brought|bringing|get|gets|got|put|puts|hand|hands"
                    + "|handed|pay|paid|send|sent|take|takes|took|want|wants|wanted|win|won|come|came|go|went|turn|turned)"
                    + "(?: (?:us|them|me|him|her|it|you))? )\\bback (?:the|these|this)\\b"
                    + "|\\byes\\b|\\bbehind (?:the|this|it)\\b"
                    // "I'm for it", "we're very much for the safeguarding checks"; not "I'm for the night shift".
                    + "|(?:\\b(?:i|we) (?:am|are)|\\bi'm|\\bwe're)(?: (?:very much|definitely|all|entirely|wholly|firmly|fully))?"
                    + " for (?:it|this|that|them|these)\\b(?=\\s*(?:[.!,;]|$))"
                    + "|(?:\\b(?:i|we) (?:am|are)|\\bi'm|\\bwe're)(?: (?:very much|definitely|all|entirely|wholly|firmly|fully))?"
                    + " for (?:the|these|this|any|more) [^,;.]{0,40}?" + PROPOSED
                    + "|(?:\\b(?:am|are|is|was|were)|'m|'re)\\s+(?:[\\w']+\\s+){0,3}(?:happy|content|pleased|glad|delighted|keen"
                    + "|encouraged|heartened|supportive|in support)\\b|\\bcount (?:us|me) in\\b"
                    // A word of assent standing as the whole answer ("Absolutely.", "Good.").
                    + "|^(?:absolutely|definitely|certainly|of course|indeed|agreed|good|great|fine|by all means)\\b"
                    + "(?=\\s*(?:[.!]|$))"
                    // Or after its topic, alone or before what follows ("English classes - absolutely, more of them").
                    + "|" + AFTER_TOPIC + "(?:absolutely|definitely|certainly|of course|indeed|agreed|by all means)\\b"
                    + "(?=\\s*(?:[.!,;]|$))"
                    // With its object: not "I'll hold what views I like".
                    + "|\\b(?:i|we)\\s+(?:(?:really|particularly|do|don't|do not|did not)\\s+)?(?:like|value)\\b(?=\\s+\\w)"
                    + "|\\bcommend(?:s|ed)?\\b|\\bapplaud(?:s|ed)?\\b|\\ball for\\b"),
            // Assent in a verb of taking something on, which a negation turns round: signing up to it, buying it, sharing
            // its aims, going along with it ("one we can sign up to", "I don't buy the argument"); with a modal or an
            // object of the proposal's kind, not "I signed up to the gym", "we buy our bread", "we share a kitchen".
            cue(Position.AGREE, 2, List.of("sign up", "name", "signature", "behind", "along with", "buy", "subscribe",
                    "share"),
                    // "… isn't one I can sign up to": the copula's negation is the verb's.
                    "(?:\\b(?:is|are|isn't|aren't|is not|are not) (?:one|something|an? \\w+) (?:that )?(?:[\\w']+ ){1,3})?"
                    + "(?:\\b(?:can|could|would|will|cannot|never|happy to|willing to|able to)|'d|'ll|n't)(?: [\\w']+ly| not| never)?"
                    + " (?:sign up to|put (?:my|our|their) (?:names?|signatures?) to|get behind|stand behind)"
                    + "|\\bgo(?:es)? along with (?:it|this|that|these|them|the|its|\\w+ing)\\b"
                    + "|\\bbuy(?:s|ing)?(?: into)? (?:it|that|this|the (?:idea|argument|case|claim|promise|premise|notion|logic"
                    + "|reasoning|line|definition|plans?|proposals?|approach|aims?|ambition))\\b"
                    + "|\\bsubscribes? to (?:the|this|that|these|its|your) (?:view|idea|notion|aims?|principles?|approach"
                    + "|definition|argument|proposals?|plans?)\\b"
                    // The proposal's aims, or its makers' view: not "the view that …", whose side is its own, nor "the
                    // vision", the strategy's as a whole, which answers no question.
                    + "|\\bshares? (?:(?:the|this|that|its|their|your|the government's|ministers'|the paper's) (?:hopes?"
                    + "|aims?|ambitions?|goals?|commitment)|(?:your|the government's|ministers'|the paper's) views?)\\b"),
            // A welcome of what is being done, or dismay at it ("Good to see progress will be monitored", "At last, some
            // money for conversation clubs", "Shame to see the English budget cut"), of the proposal, those who make or
            // carry it out, or what it funds or teaches: not "It was good to see you", "Sad to see the old cinema close".
            // No negation in what is seen turns it round ("Disappointing to see nothing on racism").
            outright(Position.AGREE, 1, List.of("to see", "to hear", "to read", "to learn", "at last", "at long last",
                    "for once", "that"),
                    "(?:^|\\b(?:it's|it is|that's|that is|so|really|very|most) )(?:good|great|nice|encouraging|heartening"
                    + "|refreshing|pleasing|reassuring|gratifying|glad|pleased|welcome) to (?:see|hear|read|learn)\\b"
                    + "[^,;.]{0,60}?" + DOINGS
                    // "Good that somebody is finally taking that seriously": not "good that the library opens on Sundays".
                    + "|(?:^|\\b(?:it's|it is|so|really|very) )(?:good|great|encouraging|heartening|refreshing|reassuring)"
                    + " that\\b[^,;.]{0,60}?(?:" + DOINGS + "|\\b(?:somebody|someone|finally|at last)\\b)"
                    + "|^(?:at (?:long )?last|for once),?\\s[^,;.]{0,60}?" + DOINGS),
            outright(Position.DISAGREE, 1, List.of("to see", "to hear", "to read", "to learn"),
                    "(?:^|\\b(?:it's|it is|that's|that is|so|really|very|most) )(?:(?:a )?shame|sad|disappointing|depressing"
                    + "|dispiriting|disheartening|worrying|frustrating|galling|alarming) to (?:see|hear|read|learn)\\b"
                    + "[^,;.]{0,60}?" + DOINGS),
            // A verdict as lists give them, with no verb: a preposition or an imperative opening a sentence on
            // something proposed ("Against the register of tuition centres.", "For English lessons.", "Keep the
            // conversation clubs.", "Ditch the leadership programme.", "Bin it."), liking it with the subject left out
            // ("Love the school linking idea."), or for or against after its topic ("Integration Areas: against."); not
            // "For sale: bicycle.", "Keep left.", "For the record, I live in Leeds.", "Ditch the car and walk".
            cue(Position.AGREE, 2, List.of("for", "keep", "expand", "extend", "roll out", "continue", "love", "adore"),
                    "^(?:(?:not|never)\\s+)?(?:(?:\\w+ly|very much|all)\\s+)?for\\b"
                    + "(?!\\s+(?:example|instance|now|ever|sale|hire|the record|the time being)\\b)" + VERBLESS
                    + "|^(?:please\\s+)?(?:do\\s+)?(?:keep|expand|extend|roll out|continue|love|adore)"
                    + "(?:\\s+(?:the|these|this|those|your|their|its|our|all|more))?\\b" + VERBLESS
                    + "|^(?:please\\s+)?(?:keep|continue) (?:it|them|the lot)(?=\\s*[.!]*$)"
                    + "|" + AFTER_TOPIC + "for(?=\\s*(?:[.!]|,\\s*\\w+|$))"),
            cue(Position.DISAGREE, 2, List.of("against", "ditch", "bin", "axe", "shelve", "dump", "junk", "get rid",
                    "do away", "abolish", "hate", "loathe", "detest"),
                    "^(?:(?:not|never)\\s+)?(?:(?:\\w+ly|very much|all|dead)\\s+)?against\\b" + VERBLESS
                    + "|^(?:please\\s+)?(?:just\\s+)?(?:ditch|bin|axe|shelve|dump|junk|get rid of|do away with|abolish|hate"
                    + "|loathe|detest)(?:\\s+(?:the|these|this|those|your|their|its|all|any))?\\b" + VERBLESS
                    + "|^(?:please\\s+)?(?:just\\s+)?(?:ditch|bin|axe|shelve|dump|junk|get rid of|do away with|abolish)"
                    + " (?:it|them|the lot|all of it)(?=\\s*[.!]*$)"
                    + "|" + AFTER_TOPIC + "against(?=\\s*(?:[.!]|,\\s*\\w+|$))"),
            // A refusal of more of something proposed, with no verb ("No more citizenship tests.", "… and no more
            // funding for the leadership programme"); not "No more buses after ten.", "No more than twenty came".
            outright(Position.DISAGREE, 2, List.of("no more"), "(?:^|\\band\\s+)no more\\b(?!\\s+than\\b)" + VERBLESS),
            // What is proposed failing to convince, persuade or impress the writer ("the definition does not convince
            // me", "Neither the definition nor the measures convince me"); not "the film did not impress us", "he
            // persuaded me to join the choir". Not the bare verb: a list's "nor" is gone from its clause.
            outright(Position.DISAGREE, 2, List.of("convinc", "persuad", "impress"),
                    "\\b(?:neither|none|nothing)\\b[^,;.]{0,80}?" + PROPOSED + "[^,;.]{0,60}?" + CONVINCES
                    + "|" + PROPOSED + "[^,;.]{0,60}?(?:\\b(?:does|do|did|will|would)(?: not|n't)|\\bwon't|\\bnever"
                    + "|\\bfail(?:s|ed)? to)\\s+" + CONVINCES),
            cue(Position.DISAGREE, 2, List.of("disagree", "oppos", "object", "reject", "against", "condemn",
                    "deplore", "dismayed", "appalled", "alarmed", "disappointed", "scrap", "withdraw", "abandon",
                    "dislike",
                    "stand in"),
                    "\\bdisagree[sd]?\\b|\\boppose[sd]?\\b|\\bopposition to\\b|\\bvot(?:e|es|ed|ing) against\\b|\\bobject(?:s|ed|ion|ions)?\\b"
                    + "|\\breject(?:s|ed)?\\b|\\b(?:am|are|is|be|was|were)\\s+(?:[\\w']+\\s+)?against\\b"
                    // Shortened, against something proposed: "I'm against the definition", not "I'm against the wall";
                    // or against what was just named: "I'm against it", not "we're up against it".
                    + "|(?:'m|'re)\\s+(?:[\\w']+\\s+)?against\\b(?=[^,;.]{0,40}?" + PROPOSED + ")"
                    + "|(?:'m|'re)\\s+(?:(?!up\\b)[\\w']+\\s+)?against (?:it|this|that|them|these|those)\\b"
                    + "|\\bcondemn(?:s|ed)?\\b|\\bdeplore[sd]?\\b|\\b(?:dismayed|appalled|alarmed|disappointed)\\b"
                    + "|\\bscrap(?:ped)?\\b|\\bwithdraw(?:n)?\\b|\\babandon(?:ed)?\\b|\\bdislike[sd]?\\b"
                    + "|\\bstand in (?:its|the|their) way\\b"),
            cue(Position.AGREE, 1, List.of("good", "great", "excellent", "sensible", "useful", "helpful", "positive",
                    "reasonable", "spot on", "step forward", "right", "vital", "essential", "fair enough", "worth",
                    "see the point", "assent", "makes sense", "what is needed", "happily", "achieve", "meet", "fulfil",
                    "adequate", "sufficient", "enough", "effective", "overdue", "important", "necessary", "needed",
                    "valuable", "sound", "appropriate", "welcome", "worked", "works", "difference", "promising",
                    "encouraging", "meant to", "fine", "job", "time", "sense", "help", "work", "exactly", "answer",
                    "solution", "way", "met", "priority", "nice", "go ahead", "rolled out", "adopted", "implemented",
                    "extended", "to see", "live with", "do it", "do this", "to like", "merit", "what", "theory", "paper",
                    "adequately", "better than", "succeed", "benefit"),
                    "\\b(?:good|great|excellent|sensible|useful|helpful|positive|reasonable|nice)\\s+"
                    + "(?:idea|thing|step|start|starting point|approach|proposals?|measures?|plans?|move|news"
                    + "|(?:part|bits?|aspects?|elements?)(?! of))\\b"
                    // Praise of how it looks, not of how it will work: an aim granted, as AIM reads it.
                    + "|\\b(?:fine|good|great|sound|sensible|nice|lovely|ok|okay) (?:in theory|on paper)\\b"
                    + "|\\bspot on\\b|\\bstep forward\\b|\\bright (?:approach|way|things?|direction|measures|ones|idea)\\b"
                    + "|\\b(?:is|are|was|were|seems?|looks?|sounds?|be|isn't|aren't|wasn't|weren't)\\s+(?:not\\s+)?"
                    + "(?:\\w+ly\\s+|very\\s+|so\\s+|quite\\s+)?"
                    + PRAISE + "\\b"
                    // A short verdict on the topic just named: with "that's", closing its clause, not "that's sensible
                    // shoes weather" (not "it's", as often said of something else); or after a dash or a colon
                    // ("Conversation clubs - long overdue.").
                    + "|\\bthat's\\s+(?:\\w+ly\\s+|very\\s+|so\\s+|quite\\s+)?" + PRAISE
                    + "(?:\\s+enough)?(?=\\s*(?:[.!,;]|$))"
                    + "|" + AFTER_TOPIC + "(?:\\w+ly\\s+|very\\s+|so\\s+|quite\\s+)?" + PRAISE + "(?:\\s+enough)?"
                    + "(?=\\s*(?:[.!,;]|$))"
                    + "|\\bfair enough\\b|\\bworth (?:doing|trying|it|having|supporting)\\b|\\bsee the point\\b"
                    + "|\\bassent\\b|\\bmakes? (?:a lot of |good |perfect |complete )?sense\\b|\\bwhat is needed\\b"
                    + "|\\bhappily\\b"
                    + "|\\blong overdue\\b"
                    + "|\\b(?:about|high) time\\b(?!\\s+(?:limits?|scales?|frames?|of|for (?:the|a|an)\\b))"
                    + "|\\b(?:exactly|precisely) (?:what|the (?:right|kind))\\b"
                    // What the proposal will do, said of it: "this will help", "it won't work".
                    + "|\\b(?:it|this|that|these|they|which|the (?:[\\w-]+ ){0,2}(?:plan|proposals?|measures?|fund|scheme|idea|register|duty))"
                    + "(?:\\s+\\w+ly)?(?:(?:'ll|\\s+(?:will|would|could|can|might|should|is going to|are going to|won't|wouldn't"
                    + "|can't"
                    + "|couldn't)(?:n't)?)\\s+(?:not\\s+|never\\s+)?(?:\\w+ly\\s+|really\\s+)?(?:help|work|succeed|benefit)"
                    + "|\\s+(?:has|have|had)(?:n't)?\\s+(?:not\\s+)?(?:\\w+ly\\s+|really\\s+)?(?:helped|worked|succeeded|benefited))\\b"
                    // Not "it would help if …", "it would help to …": a suggestion, not a view of the proposal; nor
                    // "they would benefit from …": a need.
                    + "(?!\\s+(?:if|to|when|from)\\b|\\s+$)"
                    + "|\\b(?:is|are|was|isn't|aren't|wasn't)\\s+(?:not\\s+)?(?:the|an?) (?:answer|solution|way forward|way to)\\b"
                    // Not "courses at colleges to meet the needs of …": an aim, not a view of the proposal.
                    + "|\\b(?<!\\bto )(?:achieved?|achieves|meets?|met|fulfil(?:s|led)?) (?:its|this|the|that|our|their) (?:aims?|objectives?|purpose|goals?|needs?)\\b"
                    + "|\\b(?:seems?|going|likely|able|set|bound|managed|manages) to (?:achieve|meet|fulfil) (?:its|this|the|that|our|their) (?:aims?|objectives?|purpose|goals?|needs?)\\b"
                    + "|\\b(?:has |have )?work(?:ed|s) (?:well|for us)\\b"
                    + "|\\b(?:make|makes|making|made) (?:a|all the) (?:[\\w-]+ ){0,3}difference\\b"
                    + "|\\b(?:a|top|high|real|urgent) priority\\b"
                    // What should happen to it: "it should go ahead", "we'd like to see it rolled out", "please do it".
                    + "|\\b(?:should|must|ought to|needs? to|can|let it)\\s+(?:not\\s+|never\\s+)?(?:go ahead|be (?:rolled out|adopted"
                    + "|implemented|extended|introduced|continued|kept))\\b"
                    + "|\\bto see (?:it|this|these|them|that|the \\w+) (?:go ahead|happen|rolled out|adopted|implemented"
                    + "|extended|succeed)\\b|\\blive with (?:it|this|that|them)\\b"
                    // "We could live with light-touch registration": not "families who can live with relatives".
                    + "|(?:'d|'ll|\\bcould|\\bcan|\\bwould|\\bwill)(?: \\w+ly)? live with\\b(?! (?:my|his|her|their|our|your"
                    + "|relatives|family|parents|friends|us|him|me)\\b)"
                    + "|(?<!\\bto )\\bdo (?:it|this)\\b(?=\\s*(?:[.!]|$))|\\b(?:a lot|much|plenty|lots) to like\\b"
                    + "|\\b(?:see|some|real|much|great|considerable) merit\\b"
                    // A hedge inside ("done broadly what it set out to do") is blanked to spaces.
                    + "|\\b(?:does|did|done|do)\\s+(?:exactly\\s+)?what (?:it|they) (?:says?|said|promised|was meant to|is meant to|set out to)\\b|\\b(?:does|did|do) (?:its|the|their) job\\b"
                    + "|\\b(?:does|did|done|do|doing) (?:exactly )?(?:the job|what) (?:it|they) (?:was|were|is|are)"
                    + " (?:set up|meant|designed|intended|created|established) (?:to do|for)\\b"
                    // Said of it, not asked of it: not "should adequately address", "adequately funded classes".
                    + "|(?<!\\bmust |\\bshould |\\bto |\\bbe |\\bwould |\\bcould )\\badequately (?:meets?|met|achieves?"
                    + "|achieved|address(?:es|ed)?|covers?|covered|deals? with|dealt with|serves?|served|reflects?)\\b"
                    // Better than what went before: the proposal preferred to it.
                    + "|\\bbetter than (?:what (?:we|there) (?:had|have|was|were)|before|it was|the (?:last|old|previous"
                    + "|current|present|existing))\\b|\\ba welcome (?:step|move|change|start|development|focus)\\b"),
            judgement(Position.AGREE, List.of("good", "great", "excellent", "sensible", "useful", "helpful", "positive",
                    "reasonable", "nice"), List.of("solid", "decent", "sound", "workable", "realistic", "practical",
                    "balanced", "worthwhile", "valuable", "fair", "promising", "pragmatic", "proportionate")),
            judgement(Position.DISAGREE, List.of("bad"), List.of("poor", "terrible", "dreadful", "awful", "backward",
                    "retrograde", "cynical", "crude", "hopeless", "foolish", "silly", "lazy", "shallow", "half-baked")),
            // A verdict as a label before a colon, cheers, or thanks, on something proposed ("Good: the employment
            // support.", "Three cheers for the conversation clubs!", "Well done on the English strategy."); not "Good:
            // the bus was on time.", "Three cheers for the bride and groom!".
            cue(Position.AGREE, 1, List.of("good", "great", "excellent", "brilliant", "best", "cheers", "hooray",
                    "hurrah", "well done"),
                    "^(?:very |really )?(?:good|great|excellent|brilliant|best)(?: of (?:all|the lot|the bunch)| bits?| news)?"
                    + "\\s*:" + VERBLESS
                    + "|^(?:three cheers|hooray|hurrah|hurray) for\\b" + VERBLESS
                    + "|^well done (?:on|for|with)\\b[^,;.]{0,60}?" + PROPOSED),
            cue(Position.DISAGREE, 1, List.of("bad", "poor", "worst", "ugly", "terrible", "awful", "boo", "shame",
                    "pity", "waffle", "twaddle", "drivel", "claptrap", "guff", "tosh", "hogwash", "codswallop", "tripe",
                    "piffle", "gibberish"),
                    "^(?:very |really )?(?:bad|poor|worst|ugly|terrible|awful)(?: of (?:all|the lot|the bunch)| bits?| news)?"
                    + "\\s*:" + VERBLESS
                    + "|^(?:three )?boos? (?:for|to)\\b" + VERBLESS
                    + "|^(?:(?:a |what a |such a )?(?:shame|pity)) about\\b[^,;.]{0,60}?" + PROPOSED
                    // A noun of dismissal said of it: "The definition is twaddle."; not "The waffle was delicious."
                    + "|\\b(?:is|are|was|were|'s|'re)\\s+(?:just |pure |utter |complete |total |so much )?(?:waffle|twaddle"
                    + "|drivel|claptrap|guff|tosh|hogwash|codswallop|tripe|piffle|gibberish)\\b"),
            RESERVATION,
            cue(Position.DISAGREE, 1, List.of("waste", "drop", "think again", "rethink", "wrong", "threat", "unhelpful", "counterproductive", "disproportionate",
                    "better spent", "pointless", "misguided", "ill-", "unworkable", "unnecessary", "patronis",
                    "patroniz", "condescending", "insulting", "token", "naive", "naïve", "flawed", "heavy-handed",
                    "nonsense", "rubbish", "mistake", "bad idea", "ineffective", "inadequate", "insufficient",
                    "ridiculous", "absurd", "intrusive", "draconian", "box-ticking", "gimmick", "toothless",
                    "stigmati", "alienat", "fail", "too ", "unfair", "leaves out",
                    "left out", "omit", "overlook", "ignor", "missing", "ran out", "runs out", "miss", "alone", "leave",
                    "in peace",
                    "go in", "worse than", "underwhelm", "lacklust", "uninspiring", "unambitious", "piecemeal", "half"),
                    "\\bwaste\\b|\\bwasted\\b|\\bwasteful\\b|\\bdrop (?:it|this|the)\\b|\\bthink again\\b|\\brethink\\b"
                    + "|\\bwrong\\b|\\bthreat\\b"
                    + "|\\bunhelpful\\b|\\bcounterproductive\\b|\\bdisproportionate\\b|\\bbetter spent\\b|\\bpointless\\b"
                    + "|\\bmisguided\\b|\\bill-(?:conceived|judged|thought|advised)\\b|\\bunworkable\\b|\\bunnecessary\\b"
                    + "|\\bpatroni[sz](?:ing|es)\\b|\\bcondescending\\b|\\binsulting\\b|\\btoken(?:istic|ism)\\b"
                    + "|\\bna[iï]ve\\b|\\bflawed\\b|\\bheavy-handed\\b|\\bnonsense\\b|\\brubbish\\b|\\bmistaken?\\b"
                    + "|\\bbad idea\\b|\\bineffective\\b|\\binadequate\\b|\\binsufficient\\b|\\bridiculous\\b"
                    + "|\\babsurd\\b|\\bintrusive\\b|\\bdraconian\\b|\\bbox-ticking\\b|\\bgimmicks?\\b|\\btoothless\\b"
                    + "|\\bstigmati[sz](?:e|es|ing|ation)\\b|\\balienat(?:e|es|ing)\\b"
                    + "|\\bfail(?:s|ed|ing|ure)?\\b|\\bunfair\\b"
                    + "|\\btoo (?:little|narrow|vague|broad|simplistic|weak|small|thin|late)\\b|\\b(?:leaves|left) out\\b"
                    + "|\\bomit(?:s|ted)?\\b|\\boverlook(?:s|ed)?\\b|\\bignor(?:es|ed|ing)\\b|\\b(?:is|are) missing\\b"
                    + "|\\b(?:ran|runs) out\\b|\\bmiss(?:es|ed)? the (?:point|mark)\\b"
                    + "|\\bleave (?:well|it|this|things|us|them) (?:alone|be)\\b"
                    // Told to leave it to someone else or in peace: "Leave it to the Jobcentre.", "let the classes run in
                    // peace"; an instruction opening the sentence, not "we leave it to the reader to judge", nor left to
                    // each borough or the local council, which is what local plans propose.
                    + "|^(?:so |just |please )?leave (?:it|this|that|them|these|those|all that) to\\b(?! (?:each |every |the )?"
                    + "(?:local|councils?|boroughs?|towns?|areas?|places?|communit))"
                    + "|\\b(?:leave|let)\\b[^,;.]{0,60}?\\bin peace\\b"
                    + "|\\b(?:should|must|can|could) go (?:in|into) the (?:bin|dustbin|shredder|long grass)\\b"
                    + "|\\bunderwhelm(?:ing|ed)\\b|\\blacklust(?:re|er)\\b|\\buninspiring\\b|\\bunambitious\\b|\\bpiecemeal\\b"
                    + "|\\bhalf[- ]hearted\\b"
                    + "|\\bworse than (?:what (?:we|there) (?:had|have|was|were)|before|it was|the (?:last|old|previous"
                    + "|current|present|existing))\\b"),
            // What the proposal will do to the people it is for: a harm, which no aim granted before it outweighs.
            cue(Position.DISAGREE, 1, List.of("punitive", "punish", "penalis", "penaliz", "undermin",
                    "deter", "drive", "push", "singl", "scapegoat", "put off", "puts off", "surveillance", "snooping",
                    "spying", "big brother", "thought polic", "censorship", "witch", "orwellian"),
                    "\\bpunitive\\b|\\bpunish(?:es|ed|ing)?\\b|\\bpenali[sz](?:e|es|ed|ing)\\b"
                    + "|\\bundermin(?:e|es|ed|ing)\\b|\\bdeter(?:s|red|rent)?\\b"
                    + "|\\b(?:drive|drives|driving|drove|push|pushes|pushing)\\b(?:\\s+[\\w']+){0,3}\\s+(?:away|underground)\\b"
                    + "|\\bsingl(?:e|es|ed|ing) out\\b|\\bscapegoat(?:s|ed|ing)?\\b"
                    + "|\\bput(?:s|ting)? (?:\\w+ ){0,2}off\\b"
                    // Likened to policing the people it is for: "reads like surveillance", "smacks of Big Brother".
                    + "|\\b(?:like|amounts? to|smacks? of|tantamount to) (?:state |mass |a |an )?(?:surveillance|snooping"
                    + "|spying|big brother|thought polic(?:e|ing)|censorship|witch[- ]hunt)\\b|\\borwellian\\b"),
            // Criticism said in the common figures of speech for a policy that will not work, and a harm whose
            // "less" is no negation ("will make them less likely to come forward").
            outright(Position.DISAGREE, 1, List.of("less likely","postcode lottery", "sticking plaster", "smoke and mirrors",
                    "fig leaf", "white elephant", "pie in the sky", "papering over", "paper over", "papers over", "gesture politics",
                    "sound bite", "soundbite", "not worth the paper", "in name only", "tick-box", "tick box", "easy to",
                    "meaningless", "hollow", "empty", "warm words", "hot air",
                    "strategy", "plan", "policy", "answer", "solution"),
                    "\\bpostcode lottery\\b|\\bsticking plasters?\\b|\\bsmoke and mirrors\\b|\\bfig leaf\\b"
                    + "|\\bwhite elephants?\\b|\\bpie in the sky\\b|\\bpaper(?:s|ing)? over\\b|\\bgesture politics\\b"
                    + "|\\bless likely to\\b|\\bsound ?bites?\\b|\\bnot worth the paper\\b|\\bin name only\\b|\\btick[- ]box(?:ing)?\\b"
                    + "|\\bmeaningless\\b|\\bhollow\\b|\\bempty (?:words|promises|rhetoric|gestures?|slogans?)\\b"
                    + "|\\bwarm words\\b|\\bhot air\\b"
                    // Measuring "what is easy to count rather than what matters".
                    + "|\\bwhat(?:ever)?(?:'s| is) easy to (?:count|measure)\\b"
                    // "Is not a strategy": the proposal denied the name it claims.
                    + "|\\b(?:is|are|was)(?: not|n't) (?:a|an|any kind of|much of a|a real) (?:strategy|plan|policy|answer|solution)\\b"),
            // The common idioms of backing a plan, which a negation turns round ("not fit for purpose", "not on board");
            // "on board" and the boxes only as a verdict, not "came on board in 2015", "tick the box for charity status".
            // Not a bare assent ("Quite right.", "More of this, please."): it names nothing it assents to, and reading
            // it as a view lets the sentence before it choose the question by meaning alone, in fresh answers wrongly.
            cue(Position.AGREE, 1, List.of("right track", "right lines", "hats off", "thumbs up", "nail on the head",
                    "on board", "well spent", "tick", "fine by", "about right", "fresh air", "full marks", "boon",
                    "fit for purpose", "least", "best", "strongest", "bring it on", "go for it", "deserve", "as it stands",
                    "as they stand", "see it", "see this", "see them", "sense in", "balance", "only", "the norm",
                    "get on with", "years ago", "decades ago", "long ago", "do with", "rightly", "correctly", "wisely",
                    "happen", "exactly", "precisely", "lives"),
                    "\\bon the right (?:track|lines)\\b|\\bhats off\\b|\\bthumbs up\\b|\\bnail on the head\\b"
                    + "|\\b(?:am|are|is|be|been|get|'m|'re|not|fully|firmly|all|very much|happy to be|glad to be) on board\\b(?! (?:the|a|an|with us)\\b)"
                    + "|\\bmoney well spent\\b|\\b(?:big|firm|green) tick\\b|\\bticks? all the (?:right )?boxes\\b|\\bticks? the right boxes\\b"
                    + "|\\bfine by (?:me|us)\\b|\\b(?:looks?|seems?|sounds?|is|are|gets? (?:it|that|this)) (?:just )?about right\\b"
                    + "|\\bbreath of fresh air\\b|\\bfull marks\\b|\\ba (?:real |great |huge )?boon\\b"
                    + "|\\bfit for purpose\\b|\\bthe (?:very )?least (?:[\\w']+ ){1,3}(?:can|could) do\\b"
                    + "|\\bthe (?:best|strongest) (?:thing|part|bit|idea|proposal|measure|section|chapter)s? (?:[\\w']+ ){0,2}"
                    + "(?:in|of|about) (?:the|this|your) (?:whole )?(?:green paper|paper|strategy|document|consultation|chapter"
                    + "|proposals|lot)\\b"
                    + "|\\bbring it on\\b|\\bgo for it\\b|\\bdeserves? (?:our |my |full |strong |every )?(?:support|backing)\\b"
                    + "|\\bfine as (?:it|they) stands?\\b"
                    // "I can see it working", "we can see the sense in it"; the negated, "can't see it working", read above.
                    + "|\\bcan (?:really |easily )?see (?:it|this|them) (?:working|helping|succeeding)\\b|\\bsee the sense in\\b"
                    // "Strikes the right balance", "gets the balance right".
                    + "|\\b(?:strikes?|struck|striking|finds?|found|gets?|got|getting) (?:the|a|about the) (?:right|good|fair"
                    + "|sensible|proper) balance\\b|\\bgets? the balance (?:just |about )?right\\b"
                    + "|\\bthe only (?:sensible|sane|realistic|workable|real) (?:way forward|way to go|answer|solution|option)\\b"
                    + "|\\b(?:should|must|ought to) (?:be|become) the norm\\b"
                    // What should be done, said to be done: "Get on with it.", "Please make it happen.", "should have
                    // been done years ago", what the paper "rightly says".
                    + "|^(?:just |now |so |please )?get on with it\\b|^(?:please )?(?:just )?make (?:it|this|that) happen\\b"
                    + "|\\b(?:should|ought to) have (?:been done|happened|been introduced|come in|started) (?:years|decades"
                    + "|long) ago\\b"
                    + "|\\b(?:rightly|correctly|wisely) (?:says?|said|argues?|recogni[sz]es?|identifies|points? out"
                    + "|acknowledges?|emphasi[sz]es?|highlights?|stresses?|focus(?:es)? on)\\b"
                    + "|\\b(?:exactly|precisely) how (?:it|things|this|that) (?:ought to|should|must) be\\b"
                    + "|\\b(?:that|this|it|which) (?:would|will|could) (?:really )?(?:change|transform) (?:lives|people's lives)\\b"
                    // A need for what is proposed: "our leaders could do with the training"; not money, which to "is
                    // it adequate?" is a shortfall.
                    + "|\\bcould (?:really |certainly |definitely |all )?do with (?:the|this|that|some|more|a bit of|a)"
                    + " (?:training|lessons|classes|courses|clubs|programmes?|schemes?)\\b"),
            // The common idioms of rejecting one, each a verdict whatever the words around it.
            outright(Position.DISAGREE, 1, List.of("non-starter", "non starter", "recipe for", "wedge", "slippery slope",
                    "too far", "sledgehammer", "damp squib", "own goal", "reinvent", "dead against", "dead set against",
                    "out", "not for", "beggars belief", "nanny state", "down the drain", "cart before the horse",
                    "thought through", "thought out", " no", "thumbs", "dead body", "same old", "money after bad",
                    "done that", "how", "accept"),
                    "\\bnon[- ]starter\\b|\\brecipe for (?:disaster|trouble|resentment|division|chaos|conflict)\\b"
                    + "|\\bthin end of the wedge\\b|\\bslippery slope\\b|\\b(?:a )?(?:step|bridge) too far\\b"
                    + "|\\bsledgehammer to crack\\b|\\bdamp squib\\b|\\bown goal\\b|\\breinvent(?:s|ed|ing)? the wheel\\b"
                    + "|\\bdead (?:set )?against\\b|\\bcount (?:me|us|them|our \\w+) out\\b"
                    + "|\\bnot for (?:me|us)\\b(?! to\\b)|\\bbeggars belief\\b|\\bnanny state\\b|\\bdown the drain\\b"
                    + "|\\bcart before the horse\\b|\\b(?:badly|poorly|not|never) thought (?:through|out)\\b"
                    + "|\\ba (?:firm|flat|resounding|clear|definite|big) no\\b|\\ba no from (?:me|us|our|the)\\b"
                    + "|\\bover (?:my|our) dead bod(?:y|ies)\\b|\\bsame old,? same old\\b|\\bgood money after bad\\b"
                    + "|\\bbeen there,? done that\\b"
                    // The means refused: "is not how to make that happen", "that isn't how integration works".
                    + "|\\b(?:(?:is|are|was|were) not|isn't|aren't|wasn't|weren't) how (?:to|you|we|it|integration)\\b"
                    // The writer's refusal: "What I cannot accept is …"; not "the centre cannot accept referrals". Not
                    // accepting what is proposed, or a claim: "I do not accept your definition", "the Council does not
                    // accept that …"; not "we do not accept cash".
                    + "|\\b(?:i|we) (?:cannot|can't|could not|couldn't|will not|won't) accept\\b"
                    + "|\\b(?:i|we|council) (?:do|does)(?: not|n't) accept (?:that|the|this|these|those|your|its|it|them"
                    + "|such)\\b"
                    // A thumbs down given to something proposed, not to the carrots.
                    + "|" + PROPOSED + "[^,;.]{0,50}?\\bthumbs[- ]down\\b|\\bthumbs[- ]down\\b[^,;.]{0,50}?" + PROPOSED));

    /**
     * What a closed question asks of its proposal, from its own wording: whether the writer agrees with it, or whether
     * it is adequate or right ("Do you think it adequately achieves this objective?", "Do you agree these are the right
     * measures?"). Praise with a shortfall ("a good idea, but far too small") agrees with a proposal and does not find
     * it adequate: under the second a shortfall is a No, as the labelling guide reads questions 6 and 14.
     */
    enum Asks {
        AGREEMENT, ADEQUACY;

        /** Not "the right to …", an entitlement. */
        private static final Pattern ADEQUACY_WORDING = Pattern.compile(
                "\\b(?:adequate(?:ly)?|sufficient(?:ly)?|enough|effective(?:ly)?)\\b|\\bthe right\\b(?! to\\b)");

        static Asks of(String question) {
            return ADEQUACY_WORDING.matcher(CaseFolding.lower(question)).find() ? ADEQUACY : AGREEMENT;
        }
    }

    /**
     * A shortfall, which says nothing against a proposal one may agree with but is a No to "is it adequate?": faint
     * praise ("better than nothing", "a start", "up to a point", "partly"), too little or too short ("short-term",
     * "one-off", "a fraction", "too thinly"), and what is left out ("does not cover", "says nothing about", "misses").
     */
    static final Cue SHORTFALL = outright(Position.DISAGREE, 1, List.of("nothing", "just", "start", "as far as",
                    "point", "part", "extent", "degree", "a little", "term", "one-off", "one off", "too", "tiny",
                    "fraction", "thin", "under", "pace", "kept", "keep", "short", "miss", "out", "without", "not", "n't",
                    "none", "no "),
            "\\bbetter than nothing\\b|\\bonly just\\b|\\b(?:a|only a|just a|at best a) (?:\\w+ )?start\\b"
                    + "|\\bas far as (?:it|they|that) goe?s?\\b|\\bup to a point\\b|\\bpartly\\b|\\bin part\\b"
                    + "|\\bto (?:some|a (?:limited|certain)) (?:extent|degree)\\b|\\ba little\\b"
                    + "|\\bshort[- ]term\\b(?! (?:pressures?|needs?|costs?|migration|problems?|demands?)\\b)|\\bone[- ]off\\b|\\btiny\\b|\\ba fraction\\b|\\bthinly\\b"
                    // Not "too early to say", "too small to judge": the writer's indecision, which the cues read.
                    + "|\\btoo (?!(?:early|soon|hard|difficult)\\b)(?:\\w+ly )?\\w+\\b(?! to (?:say|tell|judge|decide)\\b)"
                    + "|\\bunder[- ]?(?:funded|resourced|staffed)\\b|\\b(?:kept|keep|keeps|keeping) (?:up|pace)\\b"
                    + "|\\bstops? short\\b|\\bnothing like \\w+|\\bmiss(?:es|ed|ing)?\\b|\\b(?:leaves?|left) (?:\\w+ )?out\\b"
                    + "|\\bwithout (?:any|a)\\b(?! doubt\\b)|\\b(?:says?|tells? (?:you |us )?)(?:nothing|little) (?:about|of|on)\\b"
                    // Coverage denied: "does not cover", "none of them broken down by disability"; not "not only".
                    + "|(?:\\bnot(?! (?:only|just|merely)\\b)|n't|\\bnone|\\bno (?!doubt|question))\\b[^,;.]{0,40}?\\b(?:broken down|includes?|included|covers?|covered"
                    + "|counts?|counted|address(?:es)?|addressed|mentions?|mentioned)\\b"
                    // Not "have not reached a view": the writer's indecision, which the cues read.
                    + "|(?:\\bnot(?! (?:only|just|merely)\\b)|n't|\\bnone|\\bno (?!doubt|question))\\b[^,;.]{0,40}?\\breach(?:es|ed)?\\b(?! (?:a|any|an|our|my)"
                    + " (?:\\w+ )?(?:view|position|decision|verdict|consensus|conclusion)\\b)");

    /** Under "is it adequate?", the shortfalls are read first, and not read again as other cues. */
    private static final List<Cue> ADEQUACY_CUES = Stream.concat(Stream.of(SHORTFALL), CUES.stream()).toList();

    /**
     * Sarcasm and rhetorical disbelief: the clause means the opposite of its words, so a sentence holding one disagrees
     * and its agreeing words do too.
     */
    static final Pattern SARCASM = Pattern.compile(
            "\\bas if\\b|\\byeah,? right\\b|\\bgood luck with\\b|\\bwhat could possibly go wrong\\b"
                    + "|\\bthat(?:'s| has)? work(?:ed|s) so well\\b|\\bi'm sure (?:that|it|this)(?:'ll| will)\\b"
                    // Delight foretold for those the proposal fails: "I'm sure the lads on the estate will be thrilled".
                    + "|\\bi(?:'m| am) sure (?:[\\w']+ ){1,16}(?:will|'ll) be"
                    + " (?:thrilled|delighted|overjoyed|over the moon)\\b"
                    + "|\\boh,? (?:great|good|joy|wonderful|brilliant|marvellous|lovely)\\b"
                    + "|\\bwhat a (?:relief|surprise|shock|novel|great|brilliant|wonderful|fantastic|marvellous|clever)\\b"
                    + "|\\bheaven forbid\\b|\\byou (?:must|have to|'ve got to|have got to) be (?:joking|kidding)\\b"
                    + "|\\bare you (?:joking|kidding|serious)\\b|\\bsilly me\\b|\\bwho knew\\b"
                    + "|\\bhow (?:wonderful|lovely|convenient|novel|original|clever)\\b"
                    // Praise greeting more of the same: "Great, more forms.", "Brilliant, another consultation."
                    + "|^(?:oh,? )?(?:great|brilliant|wonderful|fantastic|marvellous|lovely|super|excellent|terrific),?"
                    + " (?:another|more|yet)\\b");

    /** One of these is in every match of {@link #SARCASM}. */
    static final List<String> SARCASM_WORDS = List.of("as if", "right", "good luck", "go wrong", "so well", "i'm sure",
            "i am sure", "oh", "what a", "heaven forbid", "joking", "kidding", "serious", "silly me", "who knew", "how",
            "another", "more", "yet");

    /** A question asked to say the proposal is wrong ("what is the point of …?", "who thought this would work?"). */
    static final Pattern RHETORICAL = Pattern.compile(
            "^(?:and |so |but )?(?:who (?:thought|decided|came up|on earth|exactly|honestly|(?:is|are) going to pay|will pay|pays"
                    + "|(?:\\w+ )?asked for)|how (?:on earth|exactly|is|are|does|do|will|would|can|could)|what (?:is|was|'s) the point|why (?:should|would|on earth|is|are|does|do|must)\\b"
                    + "|is (?:this|that|it) really|do you (?:really|honestly|seriously|actually|truly)|does anyone"
                    // "Is a few hours of online English really going to get anyone talking?"
                    + "|(?:is|are|will|would|does|do|can|could) [^?]{0,80}?\\breally (?:going to )?(?:help|make|work|change"
                    + "|stop|get|solve|fix|reach|teach|bring|achieve|improve)\\b"
                    // "Another work programme?": weariness at more of the same.
                    + "|(?:yet )?another\\b"
                    + "|why bother"
                    + "|seriously\\W*$)");

    /** One of these is in every match of {@link #RHETORICAL}. */
    static final List<String> RHETORICAL_WORDS = List.of("who", "how", "the point", "why", "really", "anyone", "do you",
            "another",
            "seriously");

    /** Where a view turns: the words after it weigh more than those before. */
    static final Pattern TURN = Pattern.compile(
            "\\s*(?:;|\\bbut\\b(?!\\s+also\\b)|\\bhowever\\b|\\band yet\\b|,\\s*yet\\b|\\bnevertheless\\b)\\s*");

    /** One of these is in every match of {@link #TURN}. */
    static final List<String> TURN_WORDS = List.of(";", "but", "however", "yet", "nevertheless");

    /** "Although it is late, we welcome it": a concession, up to its comma, weighs less than the main clause. */
    static final Pattern CONCESSION = Pattern.compile(
            "\\b(?:although|even though|though(?!\\s*(?:[,.]|$))|(?<!\\ba )whilst|(?<!\\ba )while|despite|even if)\\b");

    /** One of these is in every match of {@link #CONCESSION}. */
    static final List<String> CONCESSION_WORDS = List.of("though", "while", "whilst", "despite", "even if");

    /**
     * "Provided it builds on existing groups": a condition, up to its comma, is a theme and not a position; so is an
     * aim opening the sentence ("To be effective, provision should be flexible", "For this to work, …"), but not "to be
     * honest".
     */
    static final Pattern CONDITION = Pattern.compile(
            "\\b(?:only if|(?<!\\bas )(?<!\\beven )if|provided(?: that)?|providing|as long as|so long as"
                    + "|on condition that|unless|subject to|with the proviso)\\b"
                    + "|^\\s*(?:for (?:it|this|that|these|them) )?to (?:be (?!honest|fair|frank|clear|sure)\\w+|work|succeed)\\b");

    /** One of these is in every match of {@link #CONDITION}. */
    static final List<String> CONDITION_WORDS = List.of("if", "provid", "long as", "condition", "unless", "subject to",
            "proviso", "to be", "to work", "to succeed");

    /** Words that temper a view without changing its side. */
    static final Pattern HEDGE = Pattern.compile(
            "\\bbroadly\\b|\\blargely\\b|\\bgenerally\\b|\\bin principle\\b|\\bon the whole\\b|\\bby and large\\b"
                    + "|\\bmostly\\b|\\bpartly\\b|\\bto (?:some|an|a certain) (?:extent|degree)\\b|\\bcautiously\\b"
                    + "|\\btentatively\\b|\\bcaveats?\\b|\\bqualified\\b"
                    + "|\\bwith (?:some |a few |certain |minor |a number of |one or two )?(?:reservations|concerns|caveats"
                    + "|hesitation|misgivings|doubts|provisos)\\b");

    /** One of these is in every match of {@link #HEDGE}. */
    static final List<String> HEDGE_WORDS = List.of("broadly", "largely", "generally", "in principle", "on the whole",
            "by and large", "mostly", "partly", "extent", "degree", "cautiously", "tentatively", "caveat", "qualified",
            "with");

    /**
     * A conclusion ("on balance we cannot support it"), or the box's answer heading the text ("Yes, but …"): its clause
     * weighs twice, so a list of reservations after a "yes" stays a "yes".
     */
    static final Pattern VERDICT = Pattern.compile(
            "^(?:yes|no)\\b(?=\\s*(?:[.,;:!–—-]|$))|\\bon balance\\b|\\boverall\\b|\\ball in all\\b|\\bin the end\\b"
                    + "|\\bultimately\\b|\\bin short\\b"
                    + "|\\bto sum up\\b|\\bin (?:conclusion|summary|sum)\\b|\\btaken (?:together|as a whole)\\b");

    /** One of these is in every match of {@link #VERDICT}. */
    static final List<String> VERDICT_WORDS = List.of("yes", "no", "balance", "overall", "all in all", "in the end",
            "ultimately",
            "in short", "sum", "conclusion", "summary", "taken");

    /**
     * A view of part of the proposal ("I agree with parts of this", "we oppose the rest"): views both ways, each of a
     * part, are a writer who sets out both sides and does not choose.
     */
    static final Pattern PART = Pattern.compile(
            "\\b(?:some|certain|many|several|other|most|much) (?:of (?:it|them|this|these|the \\w+)|parts|aspects|elements"
                    + "|bits|measures|proposals|things|points)\\b|\\bparts? of\\b|\\bothers\\b|\\bthe rest\\b"
                    + "|\\bpartly\\b|\\bin part\\b|\\b(?:elements|aspects|bits) of\\b");

    /** One of these is in every match of {@link #PART}. */
    static final List<String> PART_WORDS = List.of("some", "certain", "many", "several", "other", "most", "much",
            "part",
            "rest", "elements", "aspects", "bits");

    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "cannot", "can't", "don't", "doesn't",
            "didn't", "won't", "wouldn't", "couldn't", "isn't", "aren't", "hardly", "less", "nothing", "nobody",
            "scarcely", "barely", "neither", "nor", "without", "longer");

    /** Phrases holding a negation that does not negate what follows ("not only", "no doubt"). */
    private static final Pattern NOT_NEGATING = Pattern.compile(
            "\\bnot (?:only|just|merely)\\b|\\bno (?:doubt|question)\\b|\\bnothing but\\b|\\bnot least\\b");

    /**
     * "I see no reason to oppose it", "I fail to see the point", "far too small to make a difference": a phrase that
     * negates what follows as "not" would.
     */
    private static final Pattern NEGATING = Pattern.compile(
            "\\b(?:no|little|any) (?:reason|cause|grounds) to\\b|\\bfail(?:s|ed)? to\\b|\\bvot(?:e|es|ed|ing) against\\b"
                    + "|\\btoo (?:[a-z]+ )?[a-z]+ to\\b");

    private static final int NEGATION_REACH = 2;

    /** Where a clause within the sentence begins, which a negation before it does not reach across. */
    private static final Pattern CLAUSE_BOUNDARY = Pattern.compile(
            ",|\\b(?:that|which|who|whether|because|since|when)\\b");

    /**
     * What others said, or a thought the writer puts in someone else's head to disbelieve it ("it beggars belief that
     * anyone thought this would help", "whoever decided this would work"); not "nobody thinks it will help", the
     * writer's own denial.
     */
    private static final Pattern REPORTED = Pattern.compile(
            "\\b(?:participants|respondents|residents|people|others|some|many|most)\\b"
                    // "people and we cannot support it": a new clause after a conjunction is the writer's own.
                    + "(?:\\s+(?!(?:and|but|or|so|yet|while|whereas)\\b)[\\w']+)?\\s*$"
                    + "|\\b(?:anyone|anybody|someone|somebody|whoever)\\s+(?:who\\s+)?(?:[\\w']+\\s+)?(?:thought|thinks?|believed?"
                    + "|believes|imagined?|imagines|decided|decides|expected?|expects|assumed?|assumes)\\s+(?:that\\s+)?$");

    private static final int REPORTED_REACH = 40;

    /** "We do not think these are the right measures": the negation is the whole clause's. */
    private static final Pattern NEGATED_THOUGHT = Pattern.compile(
            "(?:\\bnot|n't|\\bnever)\\s+(?:think|believe|feel|consider|accept|say|see that)\\b");

    /**
     * A clause with a subject of its own beginning after a comma (", and I would support you in that"; or ", and "
     * ending the text before the cue, whose own subject follows): a negated thought before it is not this clause's.
     */
    private static final Pattern OWN_SUBJECT = Pattern.compile(",\\s*(?:and|so)\\s+(?:(?:i|we)\\b|$)");

    private static final Pattern DENIED_BY_ALL = Pattern.compile("\\s*(?:nobody|no one|none of (?:us|them))\\b");

    /**
     * How far before a cue a negated thought reaches, in characters (about fifty words): bounded so that a run-on
     * sentence of many cues is read in time linear in it.
     */
    private static final int NEGATION_WINDOW = 300;

    /**
     * "It does not, in our view, achieve its aim": an aside between the negation and the verb; so is a word turning from
     * the sentence before ("Council does, however, support strengthening leadership."), which sets nothing in this one
     * against anything.
     */
    private static final Pattern ASIDE = Pattern.compile(
            ",\\s*(?:in (?:our|my) (?:view|opinion)|we (?:think|believe|feel)|i (?:think|believe|feel)|as yet|so far"
                    + "|however|though|nevertheless|nonetheless|therefore|of course|indeed)\\s*,");

    private static final double TURNED = 1.5;
    private static final double CONCEDED = 0.5;
    private static final double CONCLUDED = 2;

    private PositionReading() {
    }

    /**
     * A position and how sure the reading is, 0 to 1: {@link #STATED_NOT_SURE_CONFIDENCE} for "not sure" said outright;
     * 0.6 to 0.95 for a view one way, by its weight, 0.1 less when hedged, conditional or turned; 0.6 for views both
     * ways where one outweighs the other twice over; {@link #MIXED_CONFIDENCE} for views both ways of about equal
     * weight; {@link #UNCLEAR_CONFIDENCE} for no view at all.
     */
    record Reading(Position position, double confidence) {
    }

    /**
     * The position an answer takes: from its own sentences; failing a view there, from all the sentences of its
     * passages, at most {@link #MIXED_CONFIDENCE} (a passage shared with another question may leave this one only
     * sentences without a view); failing that, the side the sentence model hears in its own sentences, at
     * {@link #HEARD_CONFIDENCE}; failing that, the side the whole document takes, else agree, at
     * {@link #UNCLEAR_CONFIDENCE}. A closed question is an answer only where the writer takes a view and "not sure"
     * only where they say so: a writer who discusses a proposal with no word for or against it leans as the rest of
     * their response does, and with no lean anywhere is more often for it than against.
     *
     * @param asks     what the question asks of its proposal ({@link Asks#of} its text)
     * @param own      the sentences that speak to the question
     * @param passages all the sentences of the passages that answer it
     * @param document all the sentences of the response
     * @param heard    the side the consultation's {@link PositionHead}, else {@link PositionPrototypes}, hears in the
     *                 sentences that speak to the question, if any: asked only when no rule reads a view
     */
    static Reading readAnswer(Asks asks, List<String> own, List<String> passages, List<String> document,
            Supplier<@Nullable Position> heard) {
        Reading reading = read(own, asks);
        if (reading.confidence() == UNCLEAR_CONFIDENCE && passages.size() > own.size()) {
            Reading around = read(passages, asks);
            reading = around.confidence() == UNCLEAR_CONFIDENCE ? around
                    : new Reading(around.position(), Math.min(around.confidence(), MIXED_CONFIDENCE));
        }
        if (reading.confidence() != UNCLEAR_CONFIDENCE) {
            return reading;
        }
        @Nullable Position side = heard.get();
        if (side != null) {
            return new Reading(side, HEARD_CONFIDENCE);
        }
        Position lean = read(document).position();
        return new Reading(lean == Position.DISAGREE ? Position.DISAGREE : Position.AGREE, UNCLEAR_CONFIDENCE);
    }

    /** Whether the sentences take any view at all. */
    static boolean takesPosition(List<String> sentences) {
        return takesPosition(sentences, Asks.AGREEMENT);
    }

    /**
     * Whether the sentences take a view on a question asking this: where it asks whether something is adequate or
     * right, a shortfall is one ("The metrics you list are too crude").
     */
    static boolean takesPosition(List<String> sentences, Asks asks) {
        return read(sentences, asks).confidence() != UNCLEAR_CONFIDENCE;
    }

    static Reading read(List<String> sentences) {
        return read(sentences, Asks.AGREEMENT);
    }

    static Reading read(List<String> sentences, Asks asks) {
        Tally tally = new Tally(asks);
        for (String sentence : sentences) {
            String lower = ASIDE.matcher(CaseFolding.lower(sentence).replace('’', '\'')).replaceAll("").strip();
            boolean sarcastic = containsAny(lower, SARCASM_WORDS) && SARCASM.matcher(lower).find();
            boolean question = lower.endsWith("?");
            if (sarcastic || question && containsAny(lower, RHETORICAL_WORDS) && RHETORICAL.matcher(lower).find()) {
                tally.add(Position.DISAGREE, sarcastic ? 2 : 1, tally.read, false);
            }
            tally.hedged |= containsAny(lower, HEDGE_WORDS) && HEDGE.matcher(lower).find();
            for (Clause clause : clauses(lower, tally)) {
                read(clause, sarcastic, question, asks, tally);
            }
            tally.read += lower.length() + 1;
        }
        return tally.reading();
    }

    private static void read(Clause clause, boolean sarcastic, boolean question, Asks asks, Tally tally) {
        boolean part = containsAny(clause.text(), PART_WORDS) && PART.matcher(clause.text()).find();
        boolean aim = containsAny(clause.text(), AIM_WORDS) && AIM.matcher(clause.text()).find();
        boolean means = containsAny(clause.text(), MEANS_WORDS) && MEANS.matcher(clause.text()).find();
        String text = containsAny(clause.text(), HEDGE_WORDS) ? blank(clause.text(), HEDGE.matcher(clause.text()))
                : clause.text();
        double weight = containsAny(text, VERDICT_WORDS) && VERDICT.matcher(text).find()
                ? clause.weight() * CONCLUDED : clause.weight();
        int views = tally.views;
        for (Cue cue : asks == Asks.ADEQUACY ? ADEQUACY_CUES : CUES) {
            // A shortfall is read in the clause as written: a hedge that says "partly" is one.
            String in = cue == SHORTFALL ? clause.text() : text;
            if (!containsAny(in, cue.words())) {
                continue;
            }
            Matcher matcher = cue.pattern().matcher(in);
            while (matcher.find()) {
                if (reported(in, matcher)) {
                    continue;
                }
                Position position = cue.outright() || !negated(in, matcher) ? cue.position()
                        : cue.position() == Position.AGREE ? Position.DISAGREE : Position.AGREE;
                // Praise in a sarcastic sentence is scorn; in a question it is not said.
                if (position == Position.AGREE && (sarcastic || question)) {
                    if (question) {
                        continue;
                    }
                    position = Position.DISAGREE;
                }
                tally.add(position, cue.weight() * weight, weight >= 1 ? clause.at() + matcher.start() : -1, part);
                tally.meansRejected |= position == Position.DISAGREE && means;
                if (position == Position.AGREE && aim) {
                    tally.agreeWithAim += cue.weight() * weight;
                    tally.aimAt = clause.at();
                } else if (cue == RESERVATION && position == Position.DISAGREE) {
                    tally.reserved += tally.against * (cue.weight() * weight);
                }
            }
            // "Not sure", "done nothing": said outright, and not to be read again as a negated cue.
            if (cue.outright()) {
                text = blank(text, matcher);
            }
        }
        // Praise, then a turn to a denial that names no shortfall ("fine in theory, but the data does not exist"):
        // not adequate; and under any question, the aim granted in the same sentence, then a turn to a denial, not to
        // a finding told sentences later ("a single visit made no difference") nor to "not just".
        if (clause.weight() >= TURNED && tally.views == views && tally.notSure == 0
                && (asks == Asks.ADEQUACY ? tally.agree > 0
                        : tally.agreeWithAim > 0 && tally.agreeWithAim == tally.agree && tally.aimAt >= tally.read)
                && Arrays.stream(NOT_NEGATING.matcher(text).replaceAll(" ").split("[^\\w']+"))
                        .anyMatch(word -> NEGATIONS.contains(word)
                        || word.endsWith("n't"))) {
            tally.add(Position.DISAGREE, weight, clause.at(), part);
        }
    }

    /**
     * A sentence's clauses with their weights: after a turn more, a concession less, and a condition not at all. A
     * concession or condition runs from its word to the next comma, or to the end of its part of the sentence.
     */
    private static List<Clause> clauses(String sentence, Tally tally) {
        List<int[]> parts = new ArrayList<>();
        int start = 0;
        if (containsAny(sentence, TURN_WORDS)) {
            Matcher turn = TURN.matcher(sentence);
            while (turn.find()) {
                parts.add(new int[] {start, turn.start()});
                start = turn.end();
            }
        }
        parts.add(new int[] {start, sentence.length()});
        tally.hedged |= parts.size() > 1;
        List<Clause> clauses = new ArrayList<>();
        for (int p = 0; p < parts.size(); p++) {
            String part = sentence.substring(parts.get(p)[0], parts.get(p)[1]);
            int at = tally.read + parts.get(p)[0];
            double weight = p == 0 ? 1 : TURNED;
            Matcher concession = CONCESSION.matcher(part);
            Matcher condition = CONDITION.matcher(part);
            boolean mayConcede = containsAny(part, CONCESSION_WORDS);
            boolean mayCondition = containsAny(part, CONDITION_WORDS);
            int from = 0;
            while (from < part.length()) {
                boolean conceded = mayConcede && concession.find(from);
                boolean conditional = mayCondition && condition.find(from);
                if (!conceded && !conditional) {
                    clauses.add(new Clause(part.substring(from), weight, at + from));
                    break;
                }
                Matcher first = !conditional || conceded && concession.start() < condition.start() ? concession
                        : condition;
                int comma = part.indexOf(',', first.end());
                int end = comma < 0 ? part.length() : comma;
                clauses.add(new Clause(part.substring(from, first.start()), weight, at + from));
                if (first == concession) {
                    clauses.add(new Clause(part.substring(first.end(), end), weight * CONCEDED, at + first.end()));
                } else {
                    tally.hedged = true;
                }
                from = end;
            }
        }
        return clauses;
    }

    /** The text with the matches blanked out, each character a space, so that what follows keeps its offsets. */
    private static String blank(String text, Matcher matcher) {
        StringBuilder blanked = new StringBuilder(text);
        matcher.reset();
        while (matcher.find()) {
            for (int i = matcher.start(); i < matcher.end(); i++) {
                blanked.setCharAt(i, ' ');
            }
        }
        return blanked.toString();
    }

    /**
     * A stretch of a sentence and how much its views weigh.
     *
     * @param at where it starts in the sentences read, so that the last view can be told
     */
    private record Clause(String text, double weight, int at) {
    }

    /** The weights of the views found so far, and the side of the last one in a main clause. */
    private static final class Tally {

        private double agree;
        private double disagree;
        private double notSure;
        /** Of the views each way, the weight of those of a part of the proposal only. */
        private double agreeInPart;
        private double disagreeInPart;
        /** Of the views each way, the weight of agreement with the aim only, and of reservations only. */
        private double agreeWithAim;
        private double reserved;
        /** Where the last agreement with the aim only was read. */
        private int aimAt = -1;
        /** Whether the means were rejected ({@link #MEANS}): then all agreement is with the aim only. */
        private boolean meansRejected;
        private Position last = Position.NOT_SURE;
        private int lastAt = -1;
        private boolean hedged;
        /** How many characters of the sentences have been read. */
        private int read;
        /** How many views have been read. */
        private int views;
        /** Under "is it adequate?", a view against weighs twice: one shortfall outweighs praise of equal weight. */
        private final double against;

        Tally(Asks asks) {
            against = asks == Asks.ADEQUACY ? 2 : 1;
        }

        /**
         * @param at   where the view is, or -1 for one in a concession, which is never the writer's last word
         * @param part whether the view is of a part of the proposal only
         */
        void add(Position position, double weight, int at, boolean part) {
            switch (position) {
                case AGREE -> {
                    agree += weight;
                    agreeInPart += part ? weight : 0;
                }
                case DISAGREE -> {
                    disagree += against * weight;
                    disagreeInPart += part ? against * weight : 0;
                }
                case NOT_SURE -> notSure += weight;
            }
            views++;
            if (at >= lastAt && position != Position.NOT_SURE) {
                last = position;
                lastAt = at;
            }
        }

        Reading reading() {
            // Beside a rejection, agreement with the aim only weighs half.
            double agree = this.agree - (disagree > reserved ? (meansRejected ? this.agree : agreeWithAim) / 2 : 0);
            if (notSure > 0 && notSure >= Math.max(agree, disagree)) {
                return new Reading(Position.NOT_SURE, STATED_NOT_SURE_CONFIDENCE);
            }
            if (agree > 0 && disagree > 0) {
                // For some parts and against others, and no view of the whole: undecided, as the guide reads it.
                if (agreeInPart == this.agree && disagreeInPart == disagree) {
                    return new Reading(Position.NOT_SURE, MIXED_CONFIDENCE);
                }
                if (agree >= 2 * disagree || disagree >= 2 * agree) {
                    return new Reading(agree > disagree ? Position.AGREE : Position.DISAGREE, 0.6);
                }
                // Both sides at about equal weight and the writer saying they cannot choose: undecided, as the guide
                // reads it ("so in that sense yes, but I worry …; I don't know which way I fall").
                if (notSure > 0) {
                    return new Reading(Position.NOT_SURE, MIXED_CONFIDENCE);
                }
                // Both sides at about equal weight: the heavier, else the writer's last word.
                Position side = agree > disagree ? Position.AGREE : disagree > agree ? Position.DISAGREE : last;
                return new Reading(side == Position.NOT_SURE ? Position.AGREE : side, MIXED_CONFIDENCE);
            }
            if (agree > 0 || disagree > 0) {
                return new Reading(agree > 0 ? Position.AGREE : Position.DISAGREE,
                        Math.min(0.95, 0.6 + 0.15 * Math.max(agree, disagree)) - (hedged ? HEDGED_BY : 0));
            }
            return new Reading(Position.NOT_SURE, UNCLEAR_CONFIDENCE);
        }
    }

    /** "93% of participants agreed": what others said, which the respondent reports rather than says. */
    private static boolean reported(String clause, Matcher cue) {
        return REPORTED.matcher(clause.substring(Math.max(0, cue.start() - REPORTED_REACH), cue.start())).find();
    }

    /**
     * A negation within a few words before the cue, in the same clause, or inside it ("we cannot support", "I am not
     * against"), or a negated thought earlier in the clause, within fifty words or so ("we do not think these are the
     * right measures").
     */
    private static boolean negated(String clause, Matcher cue) {
        int from = cue.start() - NEGATION_WINDOW;
        if (from <= 0) {
            from = 0;
        } else {
            // from a whole word, so that the window never makes "not" of "cannot"
            while (from < cue.start() && !Character.isWhitespace(clause.charAt(from - 1))) {
                from++;
            }
        }
        String before = NEGATING.matcher(NOT_NEGATING.matcher(clause.substring(from, cue.start())).replaceAll(" "))
                .replaceAll("not");
        // A negation inside a clause of its own does not reach past it ("saying that it is not X is welcome").
        Matcher boundary = CLAUSE_BOUNDARY.matcher(before);
        int clauseStart = 0;
        while (boundary.find()) {
            clauseStart = boundary.end();
        }
        List<String> words = new ArrayList<>(Arrays.asList(before.substring(clauseStart).split("[^\\w']+")));
        words.removeIf(String::isEmpty);
        words = new ArrayList<>(words.subList(Math.max(0, words.size() - NEGATION_REACH), words.size()));
        words.addAll(Arrays.asList(NOT_NEGATING.matcher(cue.group()).replaceAll(" ").split("[^\\w']+")));
        return words.stream().anyMatch(word -> NEGATIONS.contains(word) || word.endsWith("n't"))
                || negatedThought(before) || deniedByAll(clause, cue);
    }

    /** A negated thought in the text before a cue, after the last clause with a subject of its own. */
    private static boolean negatedThought(String before) {
        Matcher own = OWN_SUBJECT.matcher(before);
        int from = 0;
        while (own.find()) {
            from = own.end();
        }
        return NEGATED_THOUGHT.matcher(before).region(from, before.length()).find();
    }

    /** "Nobody thinks this will help": the clause opens with everyone's denial, before the cue. */
    private static boolean deniedByAll(String clause, Matcher cue) {
        Matcher all = DENIED_BY_ALL.matcher(clause);
        return all.lookingAt() && all.end() <= cue.start();
    }

    /**
     * @param words    in a lower-case clause, one of which every match of the pattern holds
     * @param outright a phrase with its own negation ("not sure", "unconvinced"), which no negation turns round
     */
    record Cue(Position position, double weight, List<String> words, Pattern pattern, boolean outright) {
    }

    /** A word that is neither a subject nor an auxiliary, which a sentence with a verb would hold. */
    private static String wordNoVerb() {
        return "(?!(?:is|are|was|were|be|been|has|have|had|will|would|can|could|do|does|did|should|must|may|might"
                + "|shall|i|we|you|he|she|they)\\b)[\"“”'\\w-]+";
    }

    private static boolean containsAny(String text, List<String> words) {
        for (String word : words) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static Cue cue(Position position, double weight, List<String> words, String pattern) {
        return new Cue(position, weight, words, Pattern.compile(pattern), false);
    }

    /**
     * A judgement given as a noun phrase of its own, with any noun: the answer itself ("A workable compromise.",
     * "Frankly, a dreadful piece of policy") or what something is said to be ("it's a retrograde step", "the register
     * is a cynical exercise"). Not a quantity ("a great deal of"); and the adjectives the cues above read with their
     * nouns ("a good idea") only with other nouns, so that no phrase counts twice.
     */
    private static Cue judgement(Position position, List<String> readWithNouns, List<String> adjectives) {
        List<String> words = Stream.concat(readWithNouns.stream(), adjectives.stream()).toList();
        return cue(position, 1, words, "(?:^(?:\\w+ly,?\\s+)?|\\b(?:is|are|was|were|'s|'re|seems?|looks?|sounds?|be)"
                + "\\s+(?:not\\s+)?(?:like\\s+)?)an?\\s+(?:\\w+ly\\s+|very\\s+|really\\s+|pretty\\s+|quite\\s+)?"
                + "(?:(?:" + String.join("|", readWithNouns) + ")\\s+(?!(?:idea|thing|step|start|starting point|approach"
                + "|proposals?|measures?|plans?|move|news|part|bits?|aspects?|elements?)\\b)|(?:"
                + String.join("|", adjectives) + ")\\s+)"
                + "(?!(?:deal|many|number|few|lot|while)\\b)[\\w-]+");
    }

    private static Cue outright(Position position, double weight, List<String> words, String pattern) {
        return new Cue(position, weight, words, Pattern.compile(pattern), true);
    }
}
