package uk.consultation.coding.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import uk.consultation.coding.TestCoding;
import uk.consultation.coding.TestEvents;
import uk.consultation.coding.language.SentenceEmbeddings;
import uk.consultation.schemas.Position;

/**
 * The fresh short answers (src/test/resources/mapping/fresh-closed-answers.tsv, written before the closed-question
 * mapping was tuned on them) each coded as a document of its own: which closed questions it is mapped to, against the
 * questions labelled. Prints precision, recall and F1 and every answer coded otherwise than labelled; fails below
 * floors a little under what the mapping reached (before a passage taking a view was mapped a little below the
 * threshold: precision 0.935, recall 0.475; after, 0.947 and 0.590; after a passage's view was joined to the question
 * one of its sentences is closest to, 0.949 and 0.607). The fresh prose answers, the fresh letters answering in the
 * questions' order, the fresh passages on English with a passing wish and the fresh answers on measuring success
 * beside passages on other figures are coded the same way, open questions counted too, and so is every fixture of
 * the later rounds (whole letters, lead-ins, numbered letters, missed answers, views said as what should be done,
 * neighbouring questions), each described at its own test.
 */
class FreshClosedAnswersTest {

    /**
     * A little below what the mapping reached on the prose answers (before a passage's view was joined to the
     * question one of its sentences is closest to: precision 0.897, recall 0.703; after, 0.900 and 0.730; with ten
     * documents added whose sentences answer two questions at once, 0.833 and 0.648).
     */
    private static final double PROSE_PRECISION = 0.82;
    private static final double PROSE_RECALL = 0.63;

    /**
     * A little below what the mapping reached on the letters answering in order (precision 0.802, recall 0.756),
     * written before the order of a letter's passages was tried as a sign of the questions they answer (not kept).
     */
    private static final double ORDERED_PRECISION = 0.78;
    private static final double ORDERED_RECALL = 0.73;

    /**
     * A little below what the mapping reached on the short views and generic remarks (precision 0.857, recall 0.818),
     * written before a bar falling with a passage's lead and the topic without the view were tried (neither kept).
     */
    private static final double SHORT_VIEWS_PRECISION = 0.83;
    private static final double SHORT_VIEWS_RECALL = 0.79;

    /**
     * A little below what the mapping reaches on the passing wishes (precision 0.808, recall 0.840; 0.636 and 0.840
     * before a wish beside a view was read as its condition rather than a suggestion), written before that rule.
     */
    private static final double WISHES_PRECISION = 0.78;
    private static final double WISHES_RECALL = 0.82;

    /**
     * A little below what the mapping reaches on the answers on measuring success, the definition and extremism and
     * the passages on other figures (precision 0.763, recall 0.558; 0.757 and 0.538 before a preference for something
     * else was read as a view; 0.735 and 0.481 before a shortfall counted as a view on a question asking for the right
     * measures), written before that, descriptions of q14 in respondents'
     * words and a mean of each question's codeframe were tried (the last two not kept).
     */
    private static final double MEASURES_PRECISION = 0.73;
    private static final double MEASURES_RECALL = 0.54;

    /**
     * A little below what the mapping reaches on the remarks on the consultation as a whole and the answers naming the
     * Green Paper (precision 0.636, recall 0.875; 0.512 and 0.875 before the whole was a reference of its own, 0.600
     * before a verdict said to be on the whole of the document answered none), written before those rules; 0.677 and
     * 0.875 once a remark on the paper taking no view answered no closed question (seventeenth round).
     */
    private static final double WHOLE_PRECISION = 0.65;
    private static final double WHOLE_RECALL = 0.85;

    /**
     * A little below what the mapping reaches on the verdicts on the whole and the verdicts on a topic (precision
     * 0.500, recall 0.667; 0.348 and 0.667 before a verdict said to be on the whole of the document answered none),
     * written before that rule; 0.714 and 0.833 once "a … paper", "the whole thing" were verdicts on the whole and a
     * remark on the paper taking no view answered no closed question (seventeenth round).
     */
    private static final double VERDICTS_PRECISION = 0.69;
    private static final double VERDICTS_RECALL = 0.64;

    /**
     * A little below what the mapping reaches on the lists of verdicts and the verdicts on other things (precision
     * 0.943, recall 0.732, positions 76 of 82; 0.942, 0.723 and 75 of 81 before a sentence naming several proposals
     * was read clause by clause; 0.934, 0.634 and 66 of 71 before the names gained the respondents' own;
     * 0.919, 0.509 and 51 of 57 before verdicts with no verb were read as views, "Against the definition.", "Good: the
     * definition."; 0.875, 0.313 and 27 of 35 before a sentence answered the question it names by a short name with a
     * view), written before these rules.
     */
    private static final double NAMED_PRECISION = 0.92;
    private static final double NAMED_RECALL = 0.70;
    private static final double NAMED_POSITIONS = 0.90;

    /**
     * A little below what the mapping reaches on the verdicts naming a proposal in respondents' own words and the same
     * words used for other things (precision 0.760, recall 0.760, positions 37 of 38; 0.718, 0.560 and 26 of 28 before
     * the consultation's names gained the respondents' own), written before those names; 0.841, 0.740 and 36 of 37
     * once a sentence judging a proposal by its name answered that one alone (sixteenth round); 0.851, 0.800 and 39 of
     * 40 once views said as what should be done were read (eighteenth round).
     */
    private static final double OWN_NAMES_PRECISION = 0.82;
    private static final double OWN_NAMES_RECALL = 0.78;
    private static final double OWN_NAMES_POSITIONS = 0.94;

    /**
     * A little below what the mapping reaches on the sentences naming several proposals and the sentences naming
     * several with no view (precision 0.910, recall 0.786, positions 79 of 81; 0.805, 0.320 and 28 of 33 before a
     * sentence naming several was read clause by clause; 0.917, 0.854 and 79 of 88 with a verdict shared across a
     * contrast too), written before that rule; 0.916, 0.845 and 85 of 87 once the reader read the views in the
     * clauses of lists ("I'm against the definition", "no more …", fifteenth round); 0.935, 0.835 and 85 of 86 once a
     * sentence judging a proposal by its name answered that one alone (sixteenth round).
     */
    private static final double CLAUSES_PRECISION = 0.91;
    private static final double CLAUSES_RECALL = 0.82;
    private static final double CLAUSES_POSITIONS = 0.95;

    /**
     * A little below what the mapping reaches on the general verdicts, the schools and the out-of-school settings
     * (precision 0.690, recall 0.714), written before a verdict on all that is proposed was read as lending a passage
     * its view and not its topic (0.875 and 0.750 with it; not kept, no held-out figure moved); 0.710 and 0.786 since
     * the seventeenth round read "the best thing in the paper" as a view.
     */
    private static final double NEIGHBOURS_PRECISION = 0.69;
    private static final double NEIGHBOURS_RECALL = 0.76;

    /**
     * A little below what the mapping reaches on the answers to one of two neighbouring questions (precision 0.881,
     * recall 0.754, positions 41 of 47; 0.807, 0.667 and 38 of 44 before a heading of a word or two counted only for
     * the questions whose own words hold it and a passage about as close to two questions of a chapter took the one
     * whose own words it uses, written before those rules, eighteenth round; 0.875 and 0.710 before classes named
     * near English counted as English's, twentieth round, and 0.879 and 0.739 before what to do about classes near
     * English, not only closest to it, counted).
     */
    private static final double NEIGHBOURING_PRECISION = 0.86;
    private static final double NEIGHBOURING_RECALL = 0.75;
    private static final double NEIGHBOURING_POSITIONS = 0.84;

    /**
     * A little below what the mapping reaches on the writer's introductions (precision 0.750, recall 0.900), written
     * before an introduction was read as lending its passage no topic (0.778 and 0.700 with it; not kept); 0.833 and
     * 1.000 (0.769 and 1.000 before) after the seventeenth round's rules on verdicts on the whole, headings and
     * declined answers.
     */
    private static final double WRITER_PRECISION = 0.80;
    private static final double WRITER_RECALL = 0.87;

    /**
     * A little below what the mapping reaches on the answers on places and community, divisive views and measuring
     * success in respondents' words and the paragraphs on the same things answering a neighbour or nothing (precision
     * 0.849, recall 0.818, positions 45 of 45; 0.830, 0.800 and 44 of 44 before a description of divisive views in the
     * Green Paper's plain words), written before that description.
     */
    private static final double PLACES_PRECISION = 0.82;
    private static final double PLACES_RECALL = 0.79;
    private static final double PLACES_POSITIONS = 0.97;

    /**
     * A little below what the mapping reaches on the whole letters (precision 0.854, recall 0.814, positions 30 of 32;
     * 0.708, 0.791 and 29 of 31 before a verdict on the whole in several sentences answered none and lent its view to
     * no topic, a heading naming a proposal in the writer's words headed the passage under it, a declined answer
     * answered nothing and a remark on the paper taking no view answered no closed question), written before those
     * rules (seventeenth round).
     */
    private static final double WHOLE_LETTERS_PRECISION = 0.83;
    private static final double WHOLE_LETTERS_RECALL = 0.79;
    private static final double WHOLE_LETTERS_POSITIONS = 0.91;

    /**
     * A little below what the mapping reaches on the lead-ins, general verdicts and declined answers (precision 0.938,
     * recall 0.882, positions 12 of 13; 0.778, 0.824 and 11 of 12 without the seventeenth round's rules), written after
     * those rules and before they were measured on it.
     */
    private static final double LEAD_INS_PRECISION = 0.91;
    private static final double LEAD_INS_RECALL = 0.85;
    private static final double LEAD_INS_POSITIONS = 0.90;

    /**
     * A little below what the mapping reaches on the numbered letters (precision 1.000, recall 1.000, positions 13 of
     * 13; 0.900, 0.600 and 7 of 7 before a letter's saying its numbers follow the questions made them the questions'),
     * written before that rule.
     */
    private static final double NUMBERED_PRECISION = 0.93;
    private static final double NUMBERED_RECALL = 0.93;
    private static final double NUMBERED_POSITIONS = 0.92;

    /**
     * A little below what the mapping reaches on the answers in the writer's own words and the near-misses beside them
     * (precision 0.706, recall 0.529, positions 28 of 28; 0.651, 0.412 and 23 of 23 before a word a PDF broke across
     * two lines was made whole, urging counted as suggesting, growth as a result, employment support for mothers long
     * at home described, "has never come close", "we have real doubts" and "I'm against it" read as views and what a
     * body's members ran as its own project), written before those rules (seventeenth round); 0.712, 0.544 and 29 of
     * 29 once views said as what should be done were read (eighteenth round).
     */
    private static final double MISSED_PRECISION = 0.68;
    private static final double MISSED_RECALL = 0.52;
    private static final double MISSED_POSITIONS = 0.96;

    /**
     * What the mapping reaches on the answers no marker word marks (precision 0.810, recall 0.493, positions 16 of 18;
     * 0.795 and 0.449 before a gathering of people of different kinds counted as an example, what is missing as a
     * suggestion and learning to speak as naming English), written before those rules (nineteenth round); 0.822,
     * 0.536 and 19 of 21 once a clause turning to the other question of a pair answered it too (twentieth round).
     */
    private static final double UNMARKED_PRECISION = 0.82;
    private static final double UNMARKED_RECALL = 0.53;
    private static final double UNMARKED_POSITIONS = 0.9;

    /**
     * What the mapping reaches on both questions of a pair in one sentence or paragraph (precision 0.926, recall
     * 0.778, positions 55 of 61; 0.915, 0.667 and 46 of 52 before a clause turning to the other question of a pair
     * answered it too), written before that rule (twentieth round).
     */
    private static final double PAIRS_PRECISION = 0.92;
    private static final double PAIRS_RECALL = 0.77;
    private static final double PAIRS_POSITIONS = 0.9;

    /**
     * A little below what the mapping reaches on the views implied or said as what should happen and the near-misses
     * beside them (precision 0.731, recall 0.776, positions 34 of 36; 0.705, 0.633 and 24 of 29 before the views were
     * read: "strikes the right balance", "good that somebody is finally …", "not the problem this paper thinks", "no
     * good", "hands off", "leave it to …", "the only sensible way forward", "get on with it"), written before those
     * rules (eighteenth round).
     */
    private static final double IMPLIED_PRECISION = 0.71;
    private static final double IMPLIED_RECALL = 0.75;
    private static final double IMPLIED_POSITIONS = 0.92;

    /**
     * A little below what the mapping reaches on the check written after those rules (precision 0.929, recall 0.813,
     * positions 13 of 13; 12 of 13 before "leave it to" was narrowed to leave out the local bodies local plans propose).
     */
    private static final double IMPLIED_CHECK_PRECISION = 0.90;
    private static final double IMPLIED_CHECK_RECALL = 0.78;
    private static final double IMPLIED_CHECK_POSITIONS = 0.92;

    private static final FreeTextCoder CODER = new FreeTextCoder(new SentenceEmbeddings(), TestCoding.SETTINGS);

    @Test
    void mapsFreshShortAnswersToTheClosedQuestionsTheyAnswer() throws IOException {
        Figures figures = coded("/mapping/fresh-closed-answers.tsv", true);
        assertThat(figures.documents()).isGreaterThanOrEqualTo(60);
        assertThat(figures.precision()).isGreaterThanOrEqualTo(0.92);
        assertThat(figures.recall()).isGreaterThanOrEqualTo(0.59);
    }

    /** Prose answers to every kind of question (mapping/fresh-prose-answers.tsv), open questions counted too. */
    @Test
    void mapsFreshProseToTheQuestionsItAnswers() throws IOException {
        Figures figures = coded("/mapping/fresh-prose-answers.tsv", false);
        assertThat(figures.documents()).isGreaterThanOrEqualTo(30);
        assertThat(figures.precision()).isGreaterThanOrEqualTo(PROSE_PRECISION);
        assertThat(figures.recall()).isGreaterThanOrEqualTo(PROSE_RECALL);
    }

    /**
     * Letters answering several questions in the consultation's order with no numbers or headings
     * (mapping/fresh-ordered-letters.tsv), open questions counted too.
     */
    @Test
    void mapsFreshLettersAnsweringInOrder() throws IOException {
        Figures figures = coded("/mapping/fresh-ordered-letters.tsv", false);
        assertThat(figures.documents()).isGreaterThanOrEqualTo(20);
        assertThat(figures.precision()).isGreaterThanOrEqualTo(ORDERED_PRECISION);
        assertThat(figures.recall()).isGreaterThanOrEqualTo(ORDERED_RECALL);
    }

    /**
     * Short answers naming a closed question's topic in their own words with a view on it, and short generic remarks
     * answering none (mapping/fresh-short-views.tsv), closed questions only.
     */
    @Test
    void mapsFreshShortViewsAndNotGenericRemarks() throws IOException {
        Figures figures = coded("/mapping/fresh-short-views.tsv", true);
        assertThat(figures.documents()).isGreaterThanOrEqualTo(60);
        assertThat(figures.precision()).isGreaterThanOrEqualTo(SHORT_VIEWS_PRECISION);
        assertThat(figures.recall()).isGreaterThanOrEqualTo(SHORT_VIEWS_RECALL);
    }

    /**
     * Passages on English with a wish folded into a view, and suggestions made on their own
     * (mapping/fresh-passing-wishes.tsv), open questions counted too.
     */
    @Test
    void mapsFreshPassingWishesAndSuggestionsOnEnglish() throws IOException {
        Figures figures = coded("/mapping/fresh-passing-wishes.tsv", false);
        assertThat(figures.documents()).isGreaterThanOrEqualTo(20);
        assertThat(figures.precision()).isGreaterThanOrEqualTo(WISHES_PRECISION);
        assertThat(figures.recall()).isGreaterThanOrEqualTo(WISHES_RECALL);
    }

    /**
     * Answers on measuring success, the definition and extremism in words none of their questions' references uses,
     * and passages on data, statistics or evaluation of other things (mapping/fresh-measures.tsv), open questions
     * counted too.
     */
    @Test
    void mapsFreshMeasuresAnswersAndNotOtherFigures() throws IOException {
        Figures figures = coded("/mapping/fresh-measures.tsv", false);
        assertThat(figures.documents()).isGreaterThanOrEqualTo(50);
        assertThat(figures.precision()).isGreaterThanOrEqualTo(MEASURES_PRECISION);
        assertThat(figures.recall()).isGreaterThanOrEqualTo(MEASURES_RECALL);
    }

    /**
     * Remarks on the consultation as a whole, covering letters and sign-offs, answering no question, and short answers
     * to one question that also name the Green Paper (mapping/fresh-whole-remarks.tsv), open questions counted too.
     */
    @Test
    void mapsNoRemarkOnTheWholeAndStillAnswersNamingIt() throws IOException {
        Figures figures = coded("/mapping/fresh-whole-remarks.tsv", false);
        assertThat(figures.documents()).isGreaterThanOrEqualTo(50);
        assertThat(figures.precision()).isGreaterThanOrEqualTo(WHOLE_PRECISION);
        assertThat(figures.recall()).isGreaterThanOrEqualTo(WHOLE_RECALL);
    }

    /**
     * Verdicts on the Green Paper, the strategy or the proposals as a whole, answering no question, and answers giving
     * a verdict in the same words on one question's topic (mapping/fresh-whole-verdicts.tsv), open questions counted.
     */
    @Test
    void mapsNoVerdictOnTheWholeAndStillVerdictsOnATopic() throws IOException {
        Figures figures = coded("/mapping/fresh-whole-verdicts.tsv", false);
        assertThat(figures.documents()).isGreaterThanOrEqualTo(25);
        assertThat(figures.precision()).isGreaterThanOrEqualTo(VERDICTS_PRECISION);
        assertThat(figures.recall()).isGreaterThanOrEqualTo(VERDICTS_RECALL);
    }

    /**
     * Lists of verdicts, each naming a proposal by a short name with a view on it, and verdicts in the same words on
     * things the consultation does not propose (mapping/fresh-named-verdicts.tsv), closed questions only, with the
     * position read on each question mapped and labelled.
     */
    @Test
    void mapsFreshListsOfVerdictsByTheNamesTheyUse() throws IOException {
        Figures figures = coded("/mapping/fresh-named-verdicts.tsv", true);
        assertThat(figures.documents()).isGreaterThanOrEqualTo(50);
        assertThat(figures.precision()).isGreaterThanOrEqualTo(NAMED_PRECISION);
        assertThat(figures.recall()).isGreaterThanOrEqualTo(NAMED_RECALL);
        assertThat(figures.positions()).isGreaterThanOrEqualTo(NAMED_POSITIONS);
    }

    /**
     * Short verdicts naming a proposal in the respondents' own words ("your targets", "the women's bit", "English
     * lessons", "welcome packs"), and the same words used for other things (mapping/fresh-own-names.tsv), closed
     * questions only, with the position read on each question mapped and labelled.
     */
    @Test
    void mapsFreshVerdictsNamingAProposalInRespondentsOwnWords() throws IOException {
        Figures figures = coded("/mapping/fresh-own-names.tsv", true);
        assertThat(figures.documents()).isGreaterThanOrEqualTo(70);
        assertThat(figures.precision()).isGreaterThanOrEqualTo(OWN_NAMES_PRECISION);
        assertThat(figures.recall()).isGreaterThanOrEqualTo(OWN_NAMES_RECALL);
        assertThat(figures.positions()).isGreaterThanOrEqualTo(OWN_NAMES_POSITIONS);
    }

    /**
     * Sentences naming two or more proposals, each with a view of its own or one shared over the list, and sentences
     * naming several with no view on any (mapping/fresh-named-clauses.tsv), closed questions only, with the position
     * read on each question mapped and labelled.
     */
    @Test
    void mapsEachProposalASentenceNamesWithItsOwnVerdict() throws IOException {
        Figures figures = coded("/mapping/fresh-named-clauses.tsv", true);
        assertThat(figures.documents()).isGreaterThanOrEqualTo(60);
        assertThat(figures.precision()).isGreaterThanOrEqualTo(CLAUSES_PRECISION);
        assertThat(figures.recall()).isGreaterThanOrEqualTo(CLAUSES_RECALL);
        assertThat(figures.positions()).isGreaterThanOrEqualTo(CLAUSES_POSITIONS);
    }

    /**
     * General verdicts on the proposals, alone, beside a remark on the writer's own place or beside an answer on one
     * topic, and answers on schools, out-of-school settings and English for parents beside lines that only mention a
     * school (mapping/fresh-near-neighbours.tsv), closed questions only.
     */
    @Test
    void mapsNoGeneralVerdictAndTellsSchoolsFromOutOfSchoolSettings() throws IOException {
        Figures figures = coded("/mapping/fresh-near-neighbours.tsv", true);
        assertThat(figures.documents()).isGreaterThanOrEqualTo(40);
        assertThat(figures.precision()).isGreaterThanOrEqualTo(NEIGHBOURS_PRECISION);
        assertThat(figures.recall()).isGreaterThanOrEqualTo(NEIGHBOURS_RECALL);
    }

    /**
     * The writer saying who they are, alone and before a view on one proposal
     * (mapping/fresh-writer-introductions.tsv), closed questions only.
     */
    @Test
    void mapsNoIntroductionOfTheWriter() throws IOException {
        Figures figures = coded("/mapping/fresh-writer-introductions.tsv", true);
        assertThat(figures.documents()).isGreaterThanOrEqualTo(20);
        assertThat(figures.precision()).isGreaterThanOrEqualTo(WRITER_PRECISION);
        assertThat(figures.recall()).isGreaterThanOrEqualTo(WRITER_RECALL);
    }

    /**
     * Paragraphs in respondents' words on places and community, divisive views and measuring success, and paragraphs
     * on the same things answering a neighbouring question or none (mapping/fresh-places-views-measures.tsv), closed
     * questions only, with the position read on each question mapped and labelled.
     */
    @Test
    void mapsFreshPlacesViewsAndMeasuresAndNotTheirNeighbours() throws IOException {
        Figures figures = coded("/mapping/fresh-places-views-measures.tsv", true);
        assertThat(figures.documents()).isGreaterThanOrEqualTo(65);
        assertThat(figures.precision()).isGreaterThanOrEqualTo(PLACES_PRECISION);
        assertThat(figures.recall()).isGreaterThanOrEqualTo(PLACES_RECALL);
        assertThat(figures.positions()).isGreaterThanOrEqualTo(PLACES_POSITIONS);
    }

    /**
     * Whole letters and emails with headings in the writer's words, numbered points, general verdicts on the Green
     * Paper and passages on women and work (mapping/fresh-whole-letters.tsv), open questions counted too, with the
     * position read on each question mapped and labelled.
     */
    @Test
    void mapsFreshWholeLettersToTheQuestionsTheyAnswer() throws IOException {
        Figures figures = coded("/mapping/fresh-whole-letters.tsv", false);
        assertThat(figures.documents()).isGreaterThanOrEqualTo(16);
        assertThat(figures.precision()).isGreaterThanOrEqualTo(WHOLE_LETTERS_PRECISION);
        assertThat(figures.recall()).isGreaterThanOrEqualTo(WHOLE_LETTERS_RECALL);
        assertThat(figures.positions()).isGreaterThanOrEqualTo(WHOLE_LETTERS_POSITIONS);
    }

    /**
     * Lead-ins and headings in the writer's own words, general verdicts on the Green Paper in two sentences, numbered
     * points that are not the questions' numbers and declined answers (mapping/fresh-lead-ins-and-verdicts.tsv), open
     * questions counted too, with the position read on each question mapped and labelled.
     */
    @Test
    void mapsFreshLeadInsAndNoGeneralVerdicts() throws IOException {
        Figures figures = coded("/mapping/fresh-lead-ins-and-verdicts.tsv", false);
        assertThat(figures.documents()).isGreaterThanOrEqualTo(26);
        assertThat(figures.precision()).isGreaterThanOrEqualTo(LEAD_INS_PRECISION);
        assertThat(figures.recall()).isGreaterThanOrEqualTo(LEAD_INS_RECALL);
        assertThat(figures.positions()).isGreaterThanOrEqualTo(LEAD_INS_POSITIONS);
    }

    /**
     * Letters numbering their points as the consultation's questions, saying so, and letters numbering points of their
     * own (mapping/fresh-numbered-letters.tsv), open questions counted too, with the position read on each question
     * mapped and labelled.
     */
    @Test
    void mapsNumberedPointsToQuestionsOnlyWhereTheLetterSaysTheyFollowThem() throws IOException {
        Figures figures = coded("/mapping/fresh-numbered-letters.tsv", false);
        assertThat(figures.documents()).isGreaterThanOrEqualTo(5);
        assertThat(figures.precision()).isGreaterThanOrEqualTo(NUMBERED_PRECISION);
        assertThat(figures.recall()).isGreaterThanOrEqualTo(NUMBERED_RECALL);
        assertThat(figures.positions()).isGreaterThanOrEqualTo(NUMBERED_POSITIONS);
    }

    /**
     * Answers in the writer's own words, a view a sentence after its topic, paragraphs answering two questions, a
     * PDF's extracted text, examples and suggestions told as stories, and near-misses answering none
     * (mapping/fresh-missed-answers.tsv), open questions counted too, with the position read on each question mapped
     * and labelled.
     */
    @Test
    void mapsFreshAnswersInTheWritersOwnWords() throws IOException {
        Figures figures = coded("/mapping/fresh-missed-answers.tsv", false);
        assertThat(figures.documents()).isGreaterThanOrEqualTo(70);
        assertThat(figures.precision()).isGreaterThanOrEqualTo(MISSED_PRECISION);
        assertThat(figures.recall()).isGreaterThanOrEqualTo(MISSED_RECALL);
        assertThat(figures.positions()).isGreaterThanOrEqualTo(MISSED_POSITIONS);
    }

    /**
     * Views implied or said as what should, must or ought to happen, as a wish, a complaint or an instruction, beside
     * near-misses taking no view (mapping/fresh-implied-views.tsv), open questions counted too, with the position read
     * on each question mapped and labelled.
     */
    @Test
    void mapsFreshViewsSaidAsWhatShouldHappen() throws IOException {
        Figures figures = coded("/mapping/fresh-implied-views.tsv", false);
        assertThat(figures.documents()).isGreaterThanOrEqualTo(70);
        assertThat(figures.precision()).isGreaterThanOrEqualTo(IMPLIED_PRECISION);
        assertThat(figures.recall()).isGreaterThanOrEqualTo(IMPLIED_RECALL);
        assertThat(figures.positions()).isGreaterThanOrEqualTo(IMPLIED_POSITIONS);
    }

    /**
     * The check on those views, written after the eighteenth round's rules and before they were run on it
     * (mapping/fresh-implied-views-check.tsv), open questions counted too.
     */
    @Test
    void mapsFreshViewsSaidAsWhatShouldHappenInOtherWords() throws IOException {
        Figures figures = coded("/mapping/fresh-implied-views-check.tsv", false);
        assertThat(figures.documents()).isGreaterThanOrEqualTo(24);
        assertThat(figures.precision()).isGreaterThanOrEqualTo(IMPLIED_CHECK_PRECISION);
        assertThat(figures.recall()).isGreaterThanOrEqualTo(IMPLIED_CHECK_RECALL);
        assertThat(figures.positions()).isGreaterThanOrEqualTo(IMPLIED_CHECK_POSITIONS);
    }

    /**
     * Answers to one of two neighbouring questions (schools and out-of-school settings, the English measures and the
     * writer's suggestions, women and work and women's rights, divisive views and women's rights, information for new
     * migrants and the fund, the definition and places, local plans and leadership), many under a heading of a word
     * or two in the writer's words, some answering both (mapping/fresh-neighbouring-questions.tsv), open questions
     * counted too, with the position read on each question mapped and labelled.
     */
    @Test
    void mapsEachAnswerToItsQuestionAndNotItsNeighbour() throws IOException {
        Figures figures = coded("/mapping/fresh-neighbouring-questions.tsv", false);
        assertThat(figures.documents()).isGreaterThanOrEqualTo(60);
        assertThat(figures.precision()).isGreaterThanOrEqualTo(NEIGHBOURING_PRECISION);
        assertThat(figures.recall()).isGreaterThanOrEqualTo(NEIGHBOURING_RECALL);
        assertThat(figures.positions()).isGreaterThanOrEqualTo(NEIGHBOURING_POSITIONS);
    }

    /**
     * Answers no marker word marks: examples told as stories, suggestions on learning the language that never say
     * "English", paragraphs answering both questions of a pair, prose using none of the question's key words, and
     * near-misses answering none (mapping/fresh-unmarked-answers.tsv), open questions counted too, with the position
     * read on each question mapped and labelled.
     */
    @Test
    void mapsFreshAnswersNoMarkerWordMarks() throws IOException {
        Figures figures = coded("/mapping/fresh-unmarked-answers.tsv", false);
        assertThat(figures.documents()).isGreaterThanOrEqualTo(60);
        assertThat(figures.precision()).isGreaterThanOrEqualTo(UNMARKED_PRECISION);
        assertThat(figures.recall()).isGreaterThanOrEqualTo(UNMARKED_RECALL);
        assertThat(figures.positions()).isGreaterThanOrEqualTo(UNMARKED_POSITIONS);
    }

    /**
     * One sentence, or one paragraph, answering both questions of a pair, and near-misses that answer one and mention
     * another's topic with no view on it (mapping/fresh-pair-clauses.tsv), with the position read on each.
     */
    @Test
    void mapsFreshPairsAnsweredInOneSentence() throws IOException {
        Figures figures = coded("/mapping/fresh-pair-clauses.tsv", false);
        assertThat(figures.documents()).isGreaterThanOrEqualTo(45);
        assertThat(figures.precision()).isGreaterThanOrEqualTo(PAIRS_PRECISION);
        assertThat(figures.recall()).isGreaterThanOrEqualTo(PAIRS_RECALL);
        assertThat(figures.positions()).isGreaterThanOrEqualTo(PAIRS_POSITIONS);
    }

    /** Of the questions mapped and labelled with a position, the share whose position was read as labelled. */
    private record Figures(int documents, double precision, double recall, double positions) {
    }

    private static Figures coded(String resource, boolean closedOnly) throws IOException {
        List<String[]> fresh = FreshText.rows(resource);
        int labelled = 0;
        int coded = 0;
        int right = 0;
        int positioned = 0;
        int positionsRight = 0;
        // Per question: labelled, coded and labelled, coded and not labelled.
        Map<String, int[]> perQuestion = new TreeMap<>();
        for (String[] row : fresh) {
            // A label is a question, or a question and its position: "q14" or "q14=disagree".
            Map<String, String> labels = new HashMap<>();
            Stream.of(row[1].equals("none") ? new String[0] : row[1].split(" ")).map(label -> label.split("="))
                    .forEach(label -> labels.put(label[0], label.length > 1 ? label[1] : ""));
            Set<String> expected = labels.keySet();
            Map<String, FreeTextCoder.InferredAnswer> answers = CODER.code(List.of(row[0].replace("\\n", "\n")),
                    List.of(), TestEvents.BUNDLED, Set.of()).answers();
            Set<String> questions = new HashSet<>();
            answers.keySet().stream()
                    .filter(id -> !closedOnly || TestEvents.BUNDLED.question(id).orElseThrow().isClosed())
                    .forEach(questions::add);
            expected.forEach(id -> perQuestion.computeIfAbsent(id, k -> new int[3])[0]++);
            questions.forEach(id -> perQuestion.computeIfAbsent(id, k -> new int[3])[expected.contains(id) ? 1 : 2]++);
            labelled += expected.size();
            coded += questions.size();
            right += (int) questions.stream().filter(expected::contains).count();
            boolean positionsAsLabelled = true;
            for (String id : questions) {
                String position = labels.getOrDefault(id, "");
                if (!position.isEmpty()) {
                    positioned++;
                    Position read = answers.get(id).position();
                    boolean asLabelled = read != null && read.wireName().equals(position);
                    positionsRight += asLabelled ? 1 : 0;
                    positionsAsLabelled &= asLabelled;
                }
            }
            if (!questions.equals(expected) || !positionsAsLabelled) {
                List<String> read = questions.stream().sorted().map(id -> answers.get(id).position() == null ? id
                        : id + "=" + answers.get(id).position().wireName()).toList();
                System.out.printf("fresh %-9s coded %-16s %s%n", row[1], read.isEmpty() ? "none" : read, row[0]);
            }
        }
        double precision = (double) right / Math.max(1, coded);
        double recall = (double) right / labelled;
        double f1 = 2 * precision * recall / Math.max(1e-9, precision + recall);
        double positions = positioned == 0 ? 1 : (double) positionsRight / positioned;
        System.out.printf("%s: %d; questions labelled %d, coded %d, right %d; precision %.3f, recall %.3f, F1 %.3f;"
                + " positions %d of %d%n", resource, fresh.size(), labelled, coded, right, precision, recall, f1,
                positionsRight, positioned);
        perQuestion.forEach((id, counts) -> System.out.printf("  %s labelled %d, coded and labelled %d, coded not"
                + " labelled %d%n", id, counts[0], counts[1], counts[2]));
        return new Figures(fresh.size(), precision, recall, positions);
    }
}
