package uk.consultation.coding.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import uk.consultation.coding.language.SentenceEmbeddings;
import uk.consultation.coding.language.Sentences;
import uk.consultation.schemas.Position;
import uk.consultation.schemas.consultation.ConsultationDefinition;
import uk.consultation.schemas.consultation.ConsultationDefinitions;
import uk.consultation.schemas.consultation.Question;

/**
 * The fresh answers (src/test/resources/positions/fresh-answers.tsv and fresh-answers-second-batch.tsv, each batch
 * written before the reader was changed for it), each coded as the whole answer to its question, as
 * {@link FreeTextCoder} codes one: prints how many of a batch are right, by question, and the ones read wrongly; fails
 * below a floor a little under what the reader reached.
 */
class FreshAnswersTest {

    private static final ConsultationDefinition CONSULTATION =
            ConsultationDefinitions.bundled("integrated-communities-2018");
    private static final SentenceEmbeddings EMBEDDINGS = new SentenceEmbeddings();
    private static final PositionPrototypes PROTOTYPES = new PositionPrototypes(EMBEDDINGS);

    /** The first batch: 50 of 76 before the third round, 67 after it, 75 after the fourth. */
    @Test
    void readsFreshAnswersToNamedQuestions() throws IOException {
        assertThat(rightOf("/positions/fresh-answers.tsv")).isGreaterThanOrEqualTo(0.95);
    }

    /**
     * The second batch, written before the fourth round changed the reader: 42 of 73 before, 53 after, 56 after the
     * eighth round, 57 after the twelfth.
     */
    @Test
    void readsTheSecondBatch() throws IOException {
        assertThat(rightOf("/positions/fresh-answers-second-batch.tsv")).isGreaterThanOrEqualTo(0.76);
    }

    /**
     * Both batches: how many answers take a view no rule reads ({@link PositionReading#takesPosition}), each one an
     * answer the mapping keeps only by meaning alone. 51 of 149 before the sixth round, 46 after it, 44 after the
     * seventh (idioms), 41 after the eighth (what the proposal cannot do), 37 after the twelfth (assent in a verb of
     * taking something on, a welcome, indecision), 36 after the seventeenth (understatement, doubts, indecision in
     * words of its own).
     */
    @Test
    void readsAViewInMostFreshAnswers() throws IOException {
        int unread = 0;
        int answers = 0;
        for (String fixture : List.of("/positions/fresh-answers.tsv", "/positions/fresh-answers-second-batch.tsv")) {
            for (String[] row : FreshText.rows(fixture)) {
                answers++;
                unread += PositionReading.takesPosition(Sentences.of(row[1])) ? 0 : 1;
            }
        }
        System.out.printf("fresh answers with no view the rules read: %d of %d%n", unread, answers);
        assertThat(unread).isLessThanOrEqualTo(36);
    }

    /**
     * Verdicts said in idioms (positions/fresh-idioms.tsv, written before the seventh round read them), each read
     * alone, and the same words of other things, which must stay without a view: a view read there maps a question
     * nobody answered.
     */
    @Test
    void readsVerdictsSaidInIdiomsAndNoneInTheSameWordsOfOtherThings() throws IOException {
        int[] read = readAlone("/positions/fresh-idioms.tsv");
        assertThat(read[0]).isGreaterThanOrEqualTo(24);
        assertThat(read[2]).isZero();
    }

    /**
     * What the proposal cannot do, said as a general truth or as what it will do for nobody (positions/fresh-denials.tsv,
     * written before the eighth round read them), each read alone, and the same grammar taking no view or agreeing
     * ("you can't fault the aims", "it won't hurt anyone to try"), which must not be read as disagreement.
     */
    @Test
    void readsWhatTheProposalCannotDoAndNotTheSameGrammarOfOtherThings() throws IOException {
        int[] read = readAlone("/positions/fresh-denials.tsv");
        assertThat(read[0]).isGreaterThanOrEqualTo(18);
        assertThat(read[2]).isLessThanOrEqualTo(1);
    }

    /**
     * A preference for something other than what is proposed, and what a measure will not show
     * (positions/fresh-preferences.tsv, written before the eleventh round read them), each read alone, and the same
     * words of other things ("The survey won't show on your bill.", "I'd rather walk than wait"), which must stay
     * without a view. The preferences are read (7 of 8; before, none); what a measure will not show is not (a rule
     * read all 8, but the mapping put two fresh answers on measuring success it read on the wrong question: dropped).
     */
    @Test
    void readsAPreferenceForSomethingOtherThanWhatIsProposed() throws IOException {
        int[] read = readAlone("/positions/fresh-preferences.tsv");
        assertThat(read[0]).isGreaterThanOrEqualTo(7);
        assertThat(read[2]).isLessThanOrEqualTo(2);
    }

    /**
     * Assent or refusal said in verbs of taking something on ("one I can sign up to", "I don't buy it"), a welcome of
     * what is at last being done ("Good to see progress will be monitored for once"), and indecision in words of its
     * own ("I haven't made up my mind") (positions/fresh-assent-welcome.tsv, written before the twelfth round read
     * them), each read alone, and the same words of other things ("I signed up to the gym", "It was good to see you"),
     * which must stay without a view: 4 of 44 read right before, 42 after; 3 of 43 without a view read one before
     * ("It was good to see you", read as praise), 5 after (a jury that is out, a writer undecided about paint).
     */
    @Test
    void readsAssentInVerbsOfTakingSomethingOnAWelcomeAndIndecision() throws IOException {
        int[] read = readAlone("/positions/fresh-assent-welcome.tsv");
        assertThat(read[0]).isGreaterThanOrEqualTo(40);
        assertThat(read[2]).isLessThanOrEqualTo(5);
    }

    /**
     * Short verdicts as lists of verdicts give them (positions/fresh-list-verdicts.tsv, written before the thirteenth
     * round changed the reader for them): a preposition opening a sentence with no verb ("Against the register of
     * tuition centres."), a verdict as a label before a colon or after its topic ("Poor: the measures of success.",
     * "Integration Areas: against."), an imperative on a proposal ("Ditch the leadership programme."), cheers, a noun
     * of dismissal ("The definition is twaddle."); each read alone, and the same words taking no view ("Keep left.",
     * "For sale: bicycle.", "Good: the bus was on time."), which must stay without one: 2 of 46 read right before, 45 after; 5 of 41 without
     * a view read one before and after ("I was against the wall", "Scrap metal collected on Tuesdays", read by older
     * rules).
     */
    @Test
    void readsVerdictsAsListsGiveThem() throws IOException {
        int[] read = readAlone("/positions/fresh-list-verdicts.tsv");
        assertThat(read[0]).isGreaterThanOrEqualTo(43);
        assertThat(read[2]).isLessThanOrEqualTo(5);
    }

    /**
     * Short verdicts after their topic (positions/fresh-verdicts.tsv, written before the ninth round read them): after
     * a dash or a colon, an adjective of praise said with "that's", a word of assent or refusal; each read
     * alone, and the same words of other things ("That's it from us.", "Absolutely everyone …"), which must stay
     * without a view.
     */
    @Test
    void readsShortVerdictsAfterTheirTopicAndNoneInTheSameWordsOfOtherThings() throws IOException {
        int[] read = readAlone("/positions/fresh-verdicts.tsv");
        assertThat(read[0]).isGreaterThanOrEqualTo(13);
        assertThat(read[2]).isLessThanOrEqualTo(1);
    }

    /**
     * Views in the clauses of lists of verdicts (positions/fresh-clause-views.tsv, written before the fifteenth round
     * changed the reader for them): "I'm against the definition", "No more citizenship tests.", "Neither the
     * definition nor the measures convince me.", "The register gets a thumbs down"; each read alone, and the same words
     * taking no view ("I'm against the wall.", "No more buses after ten.", "Neither the bus nor the train was late."),
     * which must stay without one: 2 of 37 read right before, 34 after; 3 of 37 without a view read one before and
     * after ("My bike was leaning against the fence", read by an older rule).
     */
    @Test
    void readsViewsInTheClausesOfListsAndNoneInTheSameWordsOfOtherThings() throws IOException {
        int[] read = readAlone("/positions/fresh-clause-views.tsv");
        assertThat(read[0]).isGreaterThanOrEqualTo(33);
        assertThat(read[2]).isLessThanOrEqualTo(3);
    }

    /**
     * Sentences in many voices, each about one closed question's proposal (positions/fresh-voices.tsv, written before
     * the seventeenth round changed the reader): 54 of 91 views read right by the rules before, 86 after; 68 coded
     * right before, 88 after; none of the 12 without a view read one, before or after. 88 and 89 once the eighteenth
     * round read "could do with the training" and "not the problem this paper thinks they are".
     */
    @Test
    void readsViewsInManyVoicesOnEachQuestion() throws IOException {
        assertReadOnItsQuestion("/positions/fresh-voices.tsv", 88, 89);
    }

    /**
     * The check on it (positions/fresh-voices-check.tsv, written after the seventeenth round changed the reader and
     * before it was run on them): the same kinds of view in other words, and the same words taking no view. Before the
     * round 6 of 37 views read right by the rules, 16 coded right, none of 8 without a view read one; with the round's
     * first rules 33, 34 and 5 of 8 (doubts of someone else's, "the weather was not bad", "the last thing I want",
     * "nothing against my neighbours", "is the library really going to close?"); with those rules narrowed, 36, 37, 0.
     */
    @Test
    void readsTheSameKindsOfViewInOtherWords() throws IOException {
        assertReadOnItsQuestion("/positions/fresh-voices-check.tsv", 36, 37);
    }

    /**
     * A second batch in many voices (positions/fresh-voices-second-batch.tsv, written after the seventeenth round's first
     * rules and before the reader was changed for them): formal scepticism, colloquial verdicts, weariness, leaning one
     * way, and the same words taking no view. 8 of 43 views read right by the rules before, 39 after; 23 coded right
     * before, 40 after; none of the 6 without a view read one, before or after.
     */
    @Test
    void readsASecondBatchInManyVoices() throws IOException {
        assertReadOnItsQuestion("/positions/fresh-voices-second-batch.tsv", 39, 40);
    }

    /**
     * Positions easy to read wrong with confidence (positions/fresh-aims-means-and-mixed.tsv, written for the nineteenth
     * round before the reader was changed or run on it): the aim granted beside the means rejected, or doubt of the
     * premise beside support for the measure; a view carried by a lead-in or an earlier answer ("as above"); agreement
     * and disagreement together, concessions, "yes, but" and "no, but"; a counter-proposal. 56 of 66 views read right by the rules before, 64 after; 58 coded
     * right before, 64 after; none coded wrong at more than {@link PositionReading#MIXED_CONFIDENCE}, before or after;
     * none of the 3 without a view read one.
     */
    @Test
    void readsAimsBesideMeansLeadInsConcessionsAndCounterProposals() throws IOException {
        assertReadOnItsQuestion("/positions/fresh-aims-means-and-mixed.tsv", 64, 64);
    }

    /** At least so many views read right by the rules and coded right, and no text without a view read one. */
    private static void assertReadOnItsQuestion(String fixture, int right, int coded) throws IOException {
        int[] read = readOnItsQuestion(fixture);
        assertThat(read[0]).isGreaterThanOrEqualTo(right);
        assertThat(read[1]).isGreaterThanOrEqualTo(coded);
        assertThat(read[2]).isZero();
    }

    /**
     * Each text of a fixture of texts on named questions read alone under what its question asks, and those with a view
     * also as {@link FreeTextCoder} codes an answer, with the sentence model's side where no rule reads one: prints
     * those read wrongly and the counts; returns the views read right by the rules, those coded right, and the texts
     * without a view that were read one.
     */
    private static int[] readOnItsQuestion(String fixture) throws IOException {
        int views = 0;
        int right = 0;
        int coded = 0;
        int viewless = 0;
        int readAView = 0;
        int sureAndWrong = 0;
        for (String[] row : FreshText.rows(fixture)) {
            Question question = CONSULTATION.question(row[0]).orElseThrow();
            List<String> own = Sentences.of(row[1]);
            PositionReading.Asks asks = PositionReading.Asks.of(question.text());
            PositionReading.Reading reading = PositionReading.read(own, asks);
            boolean view = reading.confidence() != PositionReading.UNCLEAR_CONFIDENCE;
            if (row[2].equals("none")) {
                viewless++;
                readAView += view ? 1 : 0;
                if (view) {
                    System.out.printf("read a view: %s %s as %s%n", row[0], row[1], reading.position());
                }
                continue;
            }
            views++;
            Position labelled = Position.valueOf(row[2]);
            right += view && reading.position() == labelled ? 1 : 0;
            float[] meaning = QuestionMapping.mean(EMBEDDINGS.embedAll(own));
            PositionReading.Reading answer = PositionReading.readAnswer(asks, own, own, own,
                    () -> PROTOTYPES.heard(meaning));
            coded += answer.position() == labelled ? 1 : 0;
            sureAndWrong += answer.position() != labelled && answer.confidence() > PositionReading.MIXED_CONFIDENCE
                    ? 1 : 0;
            if (!view || reading.position() != labelled || answer.position() != labelled) {
                System.out.printf("read wrongly: %s %s as %s, coded %s (%.2f), labelled %s%n", row[0], row[1],
                        view ? reading.position() : "no view", answer.position(), answer.confidence(), labelled);
            }
        }
        System.out.printf("%s: %d of %d views read right by the rules, %d coded right, %d coded wrong more surely than"
                + " views both ways; %d of %d without a view read one%n", fixture, right, views, coded, sureAndWrong,
                readAView, viewless);
        return new int[] {right, coded, readAView, sureAndWrong};
    }

    /**
     * Each sentence of a fixture of sentences read alone: prints those read wrongly and the counts; returns the views
     * read right, the sentences with a view, the sentences without one that were read one, and those without one.
     */
    private static int[] readAlone(String fixture) throws IOException {
        int views = 0;
        int right = 0;
        int viewless = 0;
        int readAView = 0;
        for (String[] row : FreshText.rows(fixture)) {
            PositionReading.Reading reading = PositionReading.read(Sentences.of(row[0]));
            boolean view = reading.confidence() != PositionReading.UNCLEAR_CONFIDENCE;
            if (row[1].equals("none")) {
                viewless++;
                readAView += view ? 1 : 0;
            } else {
                views++;
                right += view && reading.position() == Position.valueOf(row[1]) ? 1 : 0;
            }
            if (view != !row[1].equals("none") || view && reading.position() != Position.valueOf(row[1])) {
                System.out.printf("read wrongly: %s as %s, labelled %s%n", row[0], view ? reading.position()
                        : "no view", row[1]);
            }
        }
        System.out.printf("%s: %d of %d views read right; %d of %d without a view read one%n", fixture, right, views,
                readAView, viewless);
        return new int[] {right, views, readAView, viewless};
    }

    private double rightOf(String fixture) throws IOException {
        List<String[]> fresh = FreshText.rows(fixture);
        int right = 0;
        Map<String, int[]> byQuestion = new TreeMap<>();
        for (String[] row : fresh) {
            Question question = CONSULTATION.question(row[0]).orElseThrow();
            List<String> own = Sentences.of(row[1]);
            float[] meaning = QuestionMapping.mean(EMBEDDINGS.embedAll(own));
            PositionReading.Reading reading = PositionReading.readAnswer(PositionReading.Asks.of(question.text()), own, own, own,
                    () -> PROTOTYPES.heard(meaning));
            boolean correct = reading.position() == Position.valueOf(row[2]);
            right += correct ? 1 : 0;
            int[] counts = byQuestion.computeIfAbsent(question.id(), id -> new int[2]);
            counts[0]++;
            counts[1] += correct ? 1 : 0;
            if (!correct) {
                System.out.printf("wrong: %s %s as %s (%.2f), labelled %s%n", question.id(), row[1],
                        reading.position(), reading.confidence(), row[2]);
            }
        }
        System.out.printf("%s: %d of %d right (%.3f)%n", fixture, right, fresh.size(), (double) right / fresh.size());
        byQuestion.forEach((id, counts) -> System.out.printf("  %s: %d of %d%n", id, counts[1], counts[0]));
        assertThat(fresh).hasSizeGreaterThanOrEqualTo(60);
        return (double) right / fresh.size();
    }
}
