package uk.consultation.coding.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.consultation.coding.TestCoding;
import uk.consultation.coding.TestEvents;
import uk.consultation.coding.language.SentenceEmbeddings;

class OpenAnswerPrototypesTest {

    private static final SentenceEmbeddings EMBEDDINGS = new SentenceEmbeddings();
    private static final OpenAnswerPrototypes PROTOTYPES = new OpenAnswerPrototypes(EMBEDDINGS);
    private static final FreeTextCoder CODER = new FreeTextCoder(EMBEDDINGS, TestCoding.SETTINGS);

    /** The examples and suggestions questions, in the fixture's words. */
    private static final List<String> OPEN = List.of("q3", "q9b");

    /** Examples and suggestions in words none of the prototypes uses. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Each summer our street closes for a party and every household brings a dish from home.  | EXAMPLE
            Lessons ought to run on Saturdays as well, for those of us who work all week.           | SUGGESTION
            Put a nursery next to the classroom and the mums will come.                             | SUGGESTION
            """)
    void hearsExamplesAndSuggestions(String sentence, OpenAnswerPrototypes.Kind kind) {
        assertThat(PROTOTYPES.heard(EMBEDDINGS.embed(sentence))).isEqualTo(kind);
    }

    /** A view, a wish and a problem: neither an example nor a suggestion. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            I think the whole strategy is a good idea.
            It would be nice if people were friendlier to each other.
            Rents round here have doubled in five years.
            """)
    void hearsNeitherInViewsWishesAndProblems(String sentence) {
        assertThat(PROTOTYPES.heard(EMBEDDINGS.embed(sentence))).isNull();
    }

    /**
     * The fresh passages (src/test/resources/open-answers/fresh-passages.tsv, written before the detector was built),
     * each coded alone as a document: which of the examples and suggestions questions it answers, against the label.
     * Prints the figures; fails below floors a little under what the coder reached (docs/benchmarks.md: before the
     * detector 46 of 89 right, examples found in 5 of 35, suggestions in 13 of 25; before people of different kinds told
     * together counted as an example and what would follow as a suggestion, 56, 11 and 16; before a weekday's meeting
     * and the writer's word that it works counted as what shows a project works, 63, 16 and 18; before a gathering of
     * people of different kinds counted as an example, nineteenth round, 69, 19 and 21; before classes near English
     * counted as English's, twentieth round, 73, 23 and 21; now 74, 23 and 22).
     */
    @Test
    void findsExamplesAndSuggestionsInFreshPassages() throws IOException {
        figures("/open-answers/fresh-passages.tsv").assertAtLeast(80, 74, 23, 22, 3);
    }

    /**
     * The second batch (fresh-passages-second-batch.tsv, written before the sentence-level reading): passages that
     * answer another question as a whole and hold an example or a suggestion on English in one sentence, and alike
     * passages with none. Fails below floors a little under what the coder reached (docs/benchmarks.md: 18 of 33 right
     * before a project one takes part in counted, examples found in 1 of 12, suggestions in 8 of 12, none wrongly; 20
     * and 3 of 12 before people of different kinds told together counted; 23 and 6 of 12 before a gathering of people
     * of different kinds counted, now 25 and 8).
     */
    @Test
    void findsExamplesAndSuggestionsInsideOtherAnswers() throws IOException {
        figures("/open-answers/fresh-passages-second-batch.tsv").assertAtLeast(30, 25, 8, 8, 1);
    }

    /**
     * The third batch (fresh-stories-and-indirect-suggestions.tsv, written before anything was built for it): examples
     * told as a story and suggestions on English put indirectly, beside passages in the same words with neither. Fails
     * below floors a little under what the coder reached (docs/benchmarks.md: before them, 47 of 87 right,
     * examples found in 0 of 24, suggestions in 10 of 20, 6 wrongly; 61, 10 and 14 before a gathering of people of
     * different kinds counted as an example, 64, 13 and 14 before naming what is missing counted as suggesting, now 66,
     * 13 and 16, 6 wrongly; before a story heard as an example and closest to the examples question counted, twentieth
     * round, the same; now 67, 14 and 16, 6 wrongly).
     */
    @Test
    void findsStoriesAndIndirectSuggestions() throws IOException {
        figures("/open-answers/fresh-stories-and-indirect-suggestions.tsv").assertAtLeast(80, 67, 14, 16, 7);
    }

    /**
     * The fourth batch (fresh-stories-suggestions-and-near-misses.tsv, written for the eighteenth round before the coder
     * was changed): stories of what brought people together, with and without a result or named groups, suggestions on
     * English as wishes, questions and complaints with a remedy, and near-misses that are neither. Fails below the
     * figures the coder reached (docs/benchmarks.md: before the round 43 of 75 right, examples found in 5 of 24,
     * suggestions in 12 of 20, 5 wrongly; 50, 8 and 16 before a gathering of people of different kinds counted as an
     * example, 51, 9 and 16 before naming what is missing counted as suggesting, 52, 9 and 17 before the twentieth
     * round's stories near the examples question and classes near English, 56, 11 and 19, 5 wrongly; now 64, 19 and
     * 20, 6 wrongly, since the learned head's examples: "When I was a child, the whole street knew each other ..." is a
     * memory, not an example, but tells of people in each other's company as one does).
     */
    @Test
    void findsStoriesAndSuggestionsBesideNearMisses() throws IOException {
        figures("/open-answers/fresh-stories-suggestions-and-near-misses.tsv").assertAtLeast(70, 62, 17, 19, 6);
    }

    /**
     * The fifth batch (fresh-unnamed-stories-and-classes.tsv, written for the twentieth round before the coder was
     * changed): stories that name no people of different kinds and no gathering the rules know, suggestions on classes
     * that never name English, and near-misses (background, a view on the English measures, a class that brings nobody
     * together). Fails below the figures the coder reached (docs/benchmarks.md: before the round 30 of 64 right, examples
     * found in 4 of 23, suggestions in 5 of 18, 3 wrongly; 36, 5 and 10 before a story near the examples question,
     * not only closest to it, counted; 39, 8 and 10 before what to do about classes near English, not only closest to
     * it, counted; now 41, 8 and 12, 3 wrongly).
     */
    @Test
    void findsUnnamedStoriesAndSuggestionsOnClasses() throws IOException {
        figures("/open-answers/fresh-unnamed-stories-and-classes.tsv").assertAtLeast(64, 41, 8, 12, 3);
    }

    /** Of the passages: coded right for both open questions; per question labelled, found, and coded wrongly. */
    private record Figures(int passages, int right, int[] labelled, int[] found, int[] wrong) {

        /** Fails below the floors: passages, right, examples and suggestions found; above the most coded wrongly. */
        void assertAtLeast(int passages, int right, int examples, int suggestions, int wrongly) {
            assertThat(passages()).isGreaterThanOrEqualTo(passages);
            assertThat(right()).isGreaterThanOrEqualTo(right);
            assertThat(found()[0]).isGreaterThanOrEqualTo(examples);
            assertThat(found()[1]).isGreaterThanOrEqualTo(suggestions);
            assertThat(wrong()[0] + wrong()[1]).isLessThanOrEqualTo(wrongly);
        }
    }

    private static Figures figures(String fixture) throws IOException {
        List<String[]> fresh = FreshText.rows(fixture);
        int right = 0;
        int[] labelled = new int[OPEN.size()];
        int[] found = new int[OPEN.size()];
        int[] wrong = new int[OPEN.size()];
        for (String[] row : fresh) {
            Set<String> labels = Arrays.stream(row[0].split(" ")).filter(OPEN::contains).collect(Collectors.toSet());
            Set<String> coded = CODER.code(List.of(row[1]), List.of(), TestEvents.BUNDLED, Set.of()).answers()
                    .keySet().stream().filter(OPEN::contains).collect(Collectors.toSet());
            right += labels.equals(coded) ? 1 : 0;
            for (int q = 0; q < OPEN.size(); q++) {
                boolean isLabelled = labels.contains(OPEN.get(q));
                boolean isCoded = coded.contains(OPEN.get(q));
                labelled[q] += isLabelled ? 1 : 0;
                found[q] += isLabelled && isCoded ? 1 : 0;
                wrong[q] += !isLabelled && isCoded ? 1 : 0;
            }
        }
        System.out.printf("%s: %d, %d coded right for both open questions (%.3f); q3 found in %d of %d, "
                + "wrongly in %d of %d; q9b found in %d of %d, wrongly in %d of %d%n", fixture, fresh.size(), right,
                (double) right / fresh.size(), found[0], labelled[0], wrong[0], fresh.size() - labelled[0], found[1],
                labelled[1], wrong[1], fresh.size() - labelled[1]);
        return new Figures(fresh.size(), right, labelled, found, wrong);
    }
}
