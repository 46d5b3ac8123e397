package uk.consultation.coding.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import uk.consultation.coding.language.SentenceEmbeddings;
import uk.consultation.schemas.Channel;
import uk.consultation.schemas.RespondentType;
import uk.consultation.schemas.coding.CodingFlags;
import uk.consultation.schemas.coding.CodingSource;
import uk.consultation.schemas.coding.ResponseCoded;
import uk.consultation.schemas.coding.ResponseCoded.CodedAnswer;
import uk.consultation.schemas.coding.ResponseCoded.ThemeAssignment;
import uk.consultation.schemas.consultation.ConsultationDefinition;
import uk.consultation.schemas.consultation.ConsultationDefinitions;

/**
 * Themes found in answers written for this test, against the themes a person gave each (labelled-answers.tsv, written
 * before the threshold was chosen): precision, recall and F1 over every (answer, theme) pair.
 */
class ThemeCoderTest {

    private static final ConsultationDefinition CONSULTATION = ConsultationDefinitions.bundled(
            "integrated-communities-2018");
    private static final ThemeSettings SETTINGS = new ThemeSettings(0.45, 0.1, 0.35, 1000);

    private final ThemeCoder coder = new ThemeCoder(new SentenceEmbeddings(), SETTINGS);

    private record Labelled(String questionId, Set<String> themes, String text) {
    }

    @Test
    void findsTheThemesAPersonGaveTheAnswers() throws IOException {
        List<Labelled> labelled = labelled();
        int truePositives = 0;
        int assigned = 0;
        int expected = 0;
        for (int i = 0; i < labelled.size(); i++) {
            Labelled answer = labelled.get(i);
            Set<String> found = coder.code(coding("r" + i, answer.questionId(), answer.text()), CONSULTATION).coded()
                    .answers().get(answer.questionId()).themes().stream().map(ThemeAssignment::code)
                    .collect(Collectors.toSet());
            Set<String> right = new HashSet<>(found);
            right.retainAll(answer.themes());
            truePositives += right.size();
            assigned += found.size();
            expected += answer.themes().size();
        }
        double precision = (double) truePositives / assigned;
        double recall = (double) truePositives / expected;
        double f1 = 2 * precision * recall / (precision + recall);
        System.out.printf("Themes of %d labelled answers at threshold %.2f, margin %.2f: precision %.2f, recall %.2f, F1 %.2f%n",
                labelled.size(), SETTINGS.threshold(), SETTINGS.margin(), precision, recall, f1);

        assertThat(labelled).hasSizeGreaterThanOrEqualTo(60);
        assertThat(precision).isGreaterThanOrEqualTo(0.8);
        assertThat(recall).isGreaterThanOrEqualTo(0.85);
        assertThat(f1).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void eachThemeKeepsItsScoreAndTheSentenceThatSupportsIt() {
        ResponseCoded coded = coder.code(coding("r-evidence", "q9b",
                "I have no other ideas about teaching. Classes should run in the evening, with a crèche for the "
                        + "children, so that mothers can come."), CONSULTATION).coded();

        ThemeAssignment theme = coded.answers().get("q9b").themes().get(0);
        assertThat(theme.code()).isEqualTo("q9b-flexible-times-childcare");
        assertThat(theme.source()).isEqualTo(CodingSource.INFERRED);
        assertThat(theme.score()).isBetween(SETTINGS.threshold(), 1.0);
        assertThat(theme.evidence()).startsWith("Classes should run in the evening");
    }

    @Test
    void sentencesNoThemeFitsAreKeptAsUnmatched() {
        ThemeCoder.Themed coded = coder.code(coding("r-unmatched", "q10",
                "Yes. The bus service to our village was cut last year, so older people cannot get to town at all."),
                CONSULTATION);

        assertThat(coded.coded().answers().get("q10").themes()).isEmpty();
        // "Yes." is too short to start a theme
        assertThat(coded.unmatched().get("q10")).singleElement()
                .satisfies(sentence -> assertThat(sentence.text()).startsWith("The bus service"));
    }

    @Test
    void anAnswerFarFromEveryThemeIsFlaggedForReview() {
        ResponseCoded offTopic = coder.code(coding("r-off-topic", "q12",
                "The potholes on my road have not been repaired for two years."), CONSULTATION).coded();
        ResponseCoded onTopic = coder.code(coding("r-on-topic", "q12",
                "Newspapers stir up hatred and should report on communities more responsibly."), CONSULTATION).coded();

        assertThat(offTopic.flags()).contains(CodingFlags.NEEDS_REVIEW, CodingFlags.NO_THEME_FITS);
        assertThat(onTopic.flags()).doesNotContain(CodingFlags.NEEDS_REVIEW, CodingFlags.NO_THEME_FITS);
    }

    @Test
    void aSentenceAThemeFitsIsNotUnmatched() {
        ThemeCoder.Themed coded = coder.code(coding("r-again", "q10",
                "Our library is where people of every background meet."), CONSULTATION);

        assertThat(coded.unmatched().get("q10")).isEmpty();
    }

    private static ResponseCoded coding(String responseId, String questionId, String text) {
        return new ResponseCoded(responseId, CONSULTATION.id(), 1, Instant.now(), Channel.ONLINE, Instant.now(), false,
                new ResponseCoded.CodedRespondent(RespondentType.INDIVIDUAL, CodingSource.EXPLICIT, 1.0, null),
                Map.of(questionId, new CodedAnswer(null, null, 1.0, text, List.of())), List.of(), "test",
                CONSULTATION.codeframeVersion(), null, null);
    }

    private static List<Labelled> labelled() throws IOException {
        try (InputStream in = ThemeCoderTest.class.getResourceAsStream("/themes/labelled-answers.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t", 3))
                    .map(fields -> new Labelled(fields[0], fields[1].equals("-") ? Set.of()
                            : Set.copyOf(Arrays.asList(fields[1].split(","))), fields[2]))
                    .toList();
        }
    }
}
