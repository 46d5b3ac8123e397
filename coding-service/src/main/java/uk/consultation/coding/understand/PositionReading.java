package uk.consultation.coding.understand;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.consultation.coding.language.CaseFolding;
import uk.consultation.schemas.Position;

/**
 * Reads the position a respondent takes on a question from the sentences that answer it. Each sentence may say "not
 * sure" outright, or agree or disagree: in the respondent's own voice ("we welcome", "I cannot support") or by
 * judging the proposal ("a good idea", "wrong"); a negation before a word of either kind turns it round ("I would
 * not say I am against"). Views both ways, or none, give {@code not_sure} with a low confidence, so that an analyst
 * decides rather than the coder guessing.
 */
final class PositionReading {

    /** How sure a position is when the text has no view, or opposing views of equal weight. */
    static final double UNCLEAR_CONFIDENCE = 0.3;
    static final double MIXED_CONFIDENCE = 0.4;

    /** "Not sure" said outright is an answer, and a fairly certain one. */
    static final double STATED_NOT_SURE_CONFIDENCE = 0.75;

    private static final String SUBJECT = "\\b(?:we|i|they|council|councillors|members|diocese|foundation|trust|forum|"
            + "partnership|charity|organisation)\\b(?:\\s+[\\w']+){0,3}\\s+";

    /**
     * A statement in the respondent's own voice counts twice as much as a judgement of the proposal. Each cue lists
     * words of which every match holds one: most clauses hold none, and looking for a word is much cheaper than
     * running the pattern.
     */
    static final List<Cue> CUES = List.of(
            outright(Position.NOT_SURE, List.of("sure", "uncertain", "undecided", "know", "view", "opinion",
                    "position", "decision", "mind", "wait and see", "one hand", "mixed", "depends", "to say", "to tell",
                    "to judge"),
                    "\\bnot (?:at all )?sure\\b|\\bunsure\\b|\\buncertain\\b|\\bundecided\\b"
                    + "|\\b(?:don't|do not|didn't) know\\b|\\bno (?:strong |firm |clear )?(?:view|opinion)s?\\b"
                    + "|\\bnot (?:reached|formed|taken|come to) (?:a|any) (?:view|position|decision)\\b"
                    + "|\\bnot in a position to\\b|\\bmake (?:my|our|their) minds? up\\b|\\bmake up (?:my|our) minds?\\b"
                    + "|\\bwait and see\\b|\\bon the one hand\\b|\\bmixed (?:views|feelings)\\b|\\bdepends\\b"
                    + "|\\b(?:hard|difficult|too early|too soon) to (?:say|tell|judge)\\b|\\btoo \\w+ to judge\\b"),
            outright(Position.DISAGREE, List.of("convinced", "persuaded", "impressed"),
                    "\\b(?:not|less|never|un)[ -]?(?:convinced|persuaded|impressed)\\b"),
            cue(Position.AGREE, 2, List.of("agree", "support", "welcome", "endorse", "in favour", "approve", "back",
                    "yes", "behind", "happy", "content", "pleased", "glad", "delighted", "like", "value"),
                    "\\bagree[sd]?\\b|\\bagreeing\\b|" + SUBJECT + "support(?:s|ed)?\\b"
                    + "|\\b(?:full|strong|wholehearted|our) support\\b|\\bwelcome[sd]?\\b(?!\\s+(?:pack|to\\b))"
                    + "|\\bendorse[sd]?\\b|\\bin favour\\b|\\bapprove[sd]?\\b|\\b(?:we|i) back\\b|\\bback (?:the|these|this)\\b"
                    + "|\\byes\\b|\\bbehind (?:the|this|it)\\b"
                    + "|\\b(?:am|are|is|was|were)\\s+(?:[\\w']+\\s+){0,2}(?:happy|content|pleased|glad|delighted)\\b"
                    + "|\\b(?:i|we)\\s+(?:(?:really|particularly|do|don't|do not|did not)\\s+)?(?:like|value)\\b"),
            cue(Position.DISAGREE, 2, List.of("disagree", "oppose", "object", "reject", "against"),
                    "\\bdisagree[sd]?\\b|\\boppose[sd]?\\b|\\bobject(?:s|ed)?\\b|\\breject(?:s|ed)?\\b"
                    + "|\\b(?:am|are|is|be|was|were)\\s+(?:[\\w']+\\s+)?against\\b"),
            cue(Position.AGREE, 1, List.of("good", "great", "excellent", "sensible", "useful", "helpful", "positive",
                    "reasonable", "spot on", "step forward", "right", "vital", "essential", "fair enough", "worth",
                    "see the point", "assent", "makes sense", "what is needed", "happily", "achieve", "meet", "fulfil"),
                    "\\b(?:good|great|excellent|sensible|useful|helpful|positive|reasonable)\\s+"
                    + "(?:idea|thing|step|start|starting point|approach|proposals?|measures?|plans?)\\b"
                    + "|\\bspot on\\b|\\bstep forward\\b|\\bright (?:approach|way|thing|direction|measures|ones)\\b"
                    + "|\\b(?:is|are) (?:right|vital|essential)\\b|\\b(?:sounds|looks|is) good\\b|\\bfair enough\\b"
                    + "|\\bworth (?:doing|trying|it)\\b|\\bsee the point\\b|\\bassent\\b|\\bmakes sense\\b"
                    + "|\\bwhat is needed\\b|\\bhappily\\b"
                    + "|\\b(?:achieves?|meets?|fulfils?) (?:its|this|the|that) (?:aims?|objectives?|purpose|goals?)\\b"),
            cue(Position.DISAGREE, 1, List.of("waste of", "drop", "think again", "wrong", "nothing", "little",
                    "not the role", "no business", "concern", "reservation", "worr", "threat", "unhelpful",
                    "counterproductive", "disproportionate", "better spent", "cannot see", "can't see"),
                    "\\bwaste of\\b|\\bdrop (?:it|this|the)\\b|\\bthink again\\b|\\bwrong\\b"
                    + "|\\b(?:done|did|does|do) (?:nothing|little)\\b|\\bmeans? nothing\\b|\\bnot the role\\b"
                    + "|\\bno business\\b|\\bconcerns?\\b|\\breservations?\\b|\\bworr(?:y|ied|ies)\\b|\\bthreat\\b"
                    + "|\\bunhelpful\\b|\\bcounterproductive\\b|\\bdisproportionate\\b|\\bbetter spent\\b"
                    + "|\\bcan(?:not|'t) see (?:what|how|why|the)\\b"));

    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "cannot", "can't", "don't", "doesn't",
            "didn't", "won't", "wouldn't", "couldn't", "isn't", "aren't", "hardly", "less", "nothing", "nobody");

    private static final int NEGATION_REACH = 2;

    private static final Pattern REPORTED = Pattern.compile(
            "\\b(?:participants|respondents|residents|people|others|some|many|most)\\b(?:\\s+[\\w']+)?\\s*$");

    private static final int REPORTED_REACH = 40;

    /** "We do not think these are the right measures": the negation is the whole clause's. */
    private static final Pattern NEGATED_THOUGHT = Pattern.compile(
            "\\b(?:not|n't|never)\\s+(?:think|believe|feel|consider|accept|say|see that)\\b");

    /** "It does not, in our view, achieve its aim": an aside between the negation and the verb. */
    private static final Pattern ASIDE = Pattern.compile(
            ",\\s*(?:in (?:our|my) (?:view|opinion)|we (?:think|believe|feel)|i (?:think|believe|feel)|as yet|so far)\\s*,");

    /** Where a view turns: the words after it are weighed apart from those before. */
    static final Pattern CLAUSE = Pattern.compile("\\s*(?:;|\\bbut\\b|\\bhowever\\b|\\balthough\\b|\\bthough\\b)\\s*");

    /** As with the cues, one of these is in every match of {@link #CLAUSE}. */
    static final List<String> CLAUSE_WORDS = List.of(";", "but", "however", "though");

    static final Pattern HEDGE = Pattern.compile(
            "\\bbut\\b|\\bhowever\\b|\\balthough\\b|\\bthough\\b|\\bcaveat\\b|\\bin principle\\b|\\bas long as\\b"
                    + "|\\bonly if\\b|\\bprovided\\b|\\bon balance\\b|\\bbroadly\\b");

    /** One of these is in every match of {@link #HEDGE}. */
    static final List<String> HEDGE_WORDS = List.of("but", "however", "though", "caveat", "in principle", "as long as",
            "only if", "provided", "on balance", "broadly");

    private PositionReading() {
    }

    /** A position and how sure the reading is, 0 to 1. */
    record Reading(Position position, double confidence) {
    }

    /** Whether the sentences take any view at all. */
    static boolean takesPosition(List<String> sentences) {
        return read(sentences).confidence() != UNCLEAR_CONFIDENCE;
    }

    static Reading read(List<String> sentences) {
        double agree = 0;
        double disagree = 0;
        double notSure = 0;
        boolean hedged = false;
        for (String sentence : sentences) {
            String lower = ASIDE.matcher(CaseFolding.lower(sentence).replace('’', '\'')).replaceAll("");
            hedged |= containsAny(lower, HEDGE_WORDS) && HEDGE.matcher(lower).find();
            for (String clause : containsAny(lower, CLAUSE_WORDS) ? CLAUSE.split(lower) : new String[] {lower}) {
                for (Cue cue : CUES) {
                    if (!containsAny(clause, cue.words())) {
                        continue;
                    }
                    Matcher matcher = cue.pattern().matcher(clause);
                    while (matcher.find()) {
                        if (reported(clause, matcher)) {
                            continue;
                        }
                        Position position = cue.outright() || !negated(clause, matcher, cue.position())
                                ? cue.position() : cue.position() == Position.AGREE ? Position.DISAGREE : Position.AGREE;
                        switch (position) {
                            case AGREE -> agree += cue.weight();
                            case DISAGREE -> disagree += cue.weight();
                            case NOT_SURE -> notSure += cue.weight();
                        }
                    }
                    // "Not sure", "not convinced": said outright, and not to be read again as a negated cue.
                    if (cue.outright()) {
                        clause = matcher.replaceAll(" ");
                    }
                }
            }
        }
        double reduce = hedged ? 0.1 : 0;
        if (notSure > 0 && notSure >= Math.max(agree, disagree)) {
            return new Reading(Position.NOT_SURE, STATED_NOT_SURE_CONFIDENCE);
        }
        if (agree > 0 && disagree > 0) {
            if (agree >= 2 * disagree) {
                return new Reading(Position.AGREE, 0.6);
            }
            if (disagree >= 2 * agree) {
                return new Reading(Position.DISAGREE, 0.6);
            }
            return new Reading(Position.NOT_SURE, MIXED_CONFIDENCE);
        }
        if (agree > 0 || disagree > 0) {
            return new Reading(agree > 0 ? Position.AGREE : Position.DISAGREE,
                    Math.min(0.95, 0.6 + 0.15 * Math.max(agree, disagree)) - reduce);
        }
        return new Reading(Position.NOT_SURE, UNCLEAR_CONFIDENCE);
    }

    /** "93% of participants agreed": what others said, which the respondent reports rather than says. */
    private static boolean reported(String clause, Matcher cue) {
        return REPORTED.matcher(clause.substring(Math.max(0, cue.start() - REPORTED_REACH), cue.start())).find();
    }

    /**
     * A negation within a few words before the cue, or inside an agreeing one ("we cannot support"); a disagreeing
     * one may hold its own ("done nothing").
     */
    private static boolean negated(String clause, Matcher cue, Position position) {
        List<String> before = new ArrayList<>(Arrays.asList(clause.substring(0, cue.start()).split("[^\\w']+")));
        before.removeIf(String::isEmpty);
        List<String> words = new ArrayList<>(before.subList(Math.max(0, before.size() - NEGATION_REACH), before.size()));
        if (position == Position.AGREE) {
            words.addAll(Arrays.asList(cue.group().split("[^\\w']+")));
        }
        return words.stream().anyMatch(word -> NEGATIONS.contains(word) || word.endsWith("n't"))
                || NEGATED_THOUGHT.matcher(clause.substring(0, cue.start())).find();
    }

    /**
     * @param words    in a lower-case clause, one of which every match of the pattern holds
     * @param outright a phrase with its own negation ("not sure", "unconvinced"), which no negation turns round
     */
    record Cue(Position position, double weight, List<String> words, Pattern pattern, boolean outright) {
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

    private static Cue outright(Position position, List<String> words, String pattern) {
        return new Cue(position, 2, words, Pattern.compile(pattern), true);
    }
}
