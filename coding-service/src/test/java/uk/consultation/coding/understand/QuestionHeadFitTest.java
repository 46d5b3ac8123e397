package uk.consultation.coding.understand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import uk.consultation.coding.TestEvents;
import uk.consultation.coding.language.SentenceEmbeddings;
import uk.consultation.schemas.consultation.ConsultationDefinition;
import uk.consultation.schemas.consultation.Question;

/**
 * Fits {@link QuestionHead} on the training half of the fixture texts ({@link QuestionHeadFit}), never the check half,
 * and fails when the committed {@value QuestionHead#RESOURCE} was fitted on other examples ({@link TrainingDigest}) or
 * its probabilities stray from a fresh fit's by more than another processor's rounding: a change to the fixtures, the
 * passages or the fit needs a refit, run with {@code -DquestionHead.refit=true}, which writes the file.
 */
class QuestionHeadFitTest {

    private static final Path COMMITTED = Path.of("src/main/resources", QuestionHead.RESOURCE);

    private static final String COMMAND = "./mvnw -o -pl coding-service -am test -Dtest=QuestionHeadFitTest"
            + " -DquestionHead.refit=true -Dsurefire.failIfNoSpecifiedTests=false";

    @Test
    void theCommittedHeadIsWhatTheTrainingHalfFits() throws IOException {
        ConsultationDefinition consultation = TestEvents.BUNDLED;
        List<String> questions = consultation.questions().stream().map(Question::id).toList();
        List<QuestionHeadFit.Example> training = QuestionHeadFit.examples(consultation).stream()
                .filter(QuestionHeadFit.Example::training).toList();
        Map<String, float[]> sentenceVectors = QuestionHeadFit.sentenceVectors(
                training.stream().map(QuestionHeadFit.Example::text).toList(), new SentenceEmbeddings());
        List<QuestionHeadFit.Example> fitted = new ArrayList<>();
        List<float[]> meanings = new ArrayList<>();
        for (QuestionHeadFit.Example example : training) {
            float[] meaning = QuestionHeadFit.meaning(example.text(), sentenceVectors);
            if (meaning != null) {
                fitted.add(example);
                meanings.add(meaning);
            }
        }
        double[][] weights = QuestionHeadFit.fit(meanings, fitted, questions, QuestionHeadFit.PENALTY);
        String digest = TrainingDigest.line(fitted.stream()
                .map(example -> example.text() + "\t" + sorted(example.answers()) + "\t" + sorted(example.known()))
                .toList());
        StringBuilder text = new StringBuilder("""
                # Which questions a passage answers, learned from its meaning: per question a logistic regression, fitted
                # by QuestionHeadFitTest on the training half of the fixture texts (%d one-passage texts). Do not edit:
                # after a change to the fixtures, the passages or the fit, refit with
                # %s
                %s
                # consultation\tquestion\tbias\tweights, one per dimension of the meaning
                """.formatted(fitted.size(), COMMAND, digest));
        for (int q = 0; q < questions.size(); q++) {
            text.append(HeadWeights.row(consultation.id(), questions.get(q), weights[q]));
        }
        if (Boolean.getBoolean("questionHead.refit")) {
            Files.writeString(COMMITTED, text, StandardCharsets.UTF_8);
        }
        String committedText = Files.readString(COMMITTED, StandardCharsets.UTF_8);
        assertThat(committedText.lines()).as("%s was fitted on other examples: refit with %s", COMMITTED, COMMAND)
                .contains(digest);
        List<double[]> committed = numbers(committedText);
        List<double[]> fresh = numbers(text.toString());
        assertThat(committed).as("%s is stale: refit with %s", COMMITTED, COMMAND).hasSameSizeAs(fresh);
        // Compared by the probabilities each gives the training passages, not weight by weight: a dimension of the
        // meaning that hardly varies gets a large, loosely determined weight, which another processor's rounding moves.
        for (int row = 0; row < fresh.size(); row++) {
            assertThat(committed.get(row)).as("%s is stale: refit with %s", COMMITTED, COMMAND)
                    .hasSameSizeAs(fresh.get(row));
            for (float[] meaning : meanings) {
                assertThat(probability(committed.get(row), meaning))
                        .as("%s is stale: refit with %s", COMMITTED, COMMAND)
                        .isCloseTo(probability(fresh.get(row), meaning), within(TrainingDigest.TOLERANCE));
            }
        }
    }

    private static double probability(double[] biasAndWeights, float[] meaning) {
        double score = biasAndWeights[0];
        for (int i = 0; i < meaning.length; i++) {
            score += biasAndWeights[i + 1] * meaning[i];
        }
        return 1 / (1 + Math.exp(-score));
    }

    private static String sorted(Set<String> questions) {
        return String.join(" ", new TreeSet<>(questions));
    }

    /** Each row's bias and weights, in the file's order. */
    private static List<double[]> numbers(String text) {
        return HeadWeights.parse(text).values().stream().flatMap(byQuestion -> byQuestion.values().stream()).toList();
    }
}
