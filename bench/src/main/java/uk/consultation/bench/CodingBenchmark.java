package uk.consultation.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import uk.consultation.coding.code.ResponseCoder;
import uk.consultation.coding.language.SentenceEmbeddings;
import uk.consultation.coding.language.Sentences;
import uk.consultation.coding.theme.ThemeCoder;
import uk.consultation.coding.theme.ThemeSettings;
import uk.consultation.coding.theme.UnmatchedSentences;
import uk.consultation.schemas.Channel;
import uk.consultation.schemas.Position;
import uk.consultation.schemas.RespondentType;
import uk.consultation.schemas.coding.ResponseCoded;
import uk.consultation.schemas.consultation.ConsultationDefinition;
import uk.consultation.schemas.consultation.ConsultationDefinitions;
import uk.consultation.schemas.response.ResponseReceived;

/**
 * How fast coding-service codes free-text responses, against how fast the raw sentence-embedding model reads the same
 * sentences: the model is most of the work, so the pipeline's share of its rate says what the rest costs. Both run in
 * this process, one thread, taking turns so that the machine's drift falls on both alike. Start it with
 * {@code bench/coding.sh} from the project root.
 */
public final class CodingBenchmark {

    private static final String CONSULTATION = "integrated-communities-2018";
    private static final int WARM_UP_RESPONSES = 60;
    private static final int RESPONSES_PER_TURN = 150;
    private static final int ROUNDS = 3;
    private static final double TARGET = 0.8;
    /** coding-service's defaults (application.yml). */
    private static final ThemeSettings THEMES = new ThemeSettings(0.45, 0.1, 0.35, 2000);
    private static final String[] PLACES = {"Bradford", "Luton", "Walsall", "Peterborough", "Blackburn", "Newham",
            "Oldham", "Leicester", "Cardiff", "Hull", "Sunderland", "Bristol", "Slough", "Burnley", "Derby"};
    private static final String[] SEEN = {"as I have seen in", "which is true of", "as people say in",
            "from what I know of", "judging by"};

    private CodingBenchmark() {
    }

    private record Turn(List<ResponseReceived> responses, List<String> sentences) {
    }

    public static void main(String[] args) {
        ConsultationDefinition consultation = ConsultationDefinitions.bundled(CONSULTATION);
        SubmissionGenerator generator = new SubmissionGenerator(consultation, 2018);
        int[] serial = {0};
        Turn warmUp = turn(generator, consultation, WARM_UP_RESPONSES, serial);
        List<Turn> turns = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            turns.add(turn(generator, consultation, RESPONSES_PER_TURN, serial));
        }
        int sentences = turns.stream().mapToInt(turn -> turn.sentences().size()).sum();
        System.out.printf("%,d distinct responses with %,d sentences of free text, every sentence different, so the "
                + "coder's memory of recent sentences saves nothing%n", RESPONSES_PER_TURN * ROUNDS, sentences);

        ThemeCoder themes = new ThemeCoder(new SentenceEmbeddings(), new UnmatchedSentences(THEMES), THEMES);
        EmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();
        code(warmUp, consultation, themes);
        embed(warmUp, model);

        long pipelineNanos = 0;
        long modelNanos = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Turn turn = turns.get(round);
            // Each goes first in every other round
            if (round % 2 == 0) {
                pipelineNanos += code(turn, consultation, themes);
                modelNanos += embed(turn, model);
            } else {
                modelNanos += embed(turn, model);
                pipelineNanos += code(turn, consultation, themes);
            }
            System.out.printf("round %d of %d done%n", round + 1, ROUNDS);
        }
        double pipelineSentences = sentences / seconds(pipelineNanos);
        double modelSentences = sentences / seconds(modelNanos);
        double ratio = pipelineSentences / modelSentences;
        System.out.printf("%n%-46s %14s %14s%n", "", "responses/s", "sentences/s");
        System.out.printf("%-46s %,14.1f %,14.1f%n", "coding (coder + themes, in process)",
                RESPONSES_PER_TURN * ROUNDS / seconds(pipelineNanos), pipelineSentences);
        System.out.printf("%-46s %14s %,14.1f%n", "raw model (all-MiniLM-L6-v2 q), same sentences", "-",
                modelSentences);
        System.out.printf("%ncoding / raw model: %.0f%%   target >= %.0f%%: %s%n", 100 * ratio, 100 * TARGET,
                ratio >= TARGET ? "met" : "NOT MET");
    }

    /** Generated responses as intake would publish them, with a phrase added to every sentence to make it unique. */
    private static Turn turn(SubmissionGenerator generator, ConsultationDefinition consultation, int count,
            int[] serial) {
        List<ResponseReceived> responses = new ArrayList<>();
        List<String> sentences = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, ResponseReceived.Answer> answers = new LinkedHashMap<>();
            @SuppressWarnings("unchecked")
            Map<String, Map<String, String>> generated = (Map<String, Map<String, String>>) generator.submission()
                    .get("answers");
            generated.forEach((questionId, answer) -> {
                String comment = answer.get("comment");
                String unique = null;
                if (comment != null) {
                    StringBuilder text = new StringBuilder();
                    for (String sentence : Sentences.of(comment)) {
                        int n = serial[0]++;
                        String phrase = sentence.replaceAll("[.!?]+$", "") + ", " + SEEN[n % SEEN.length] + " "
                                + PLACES[n / SEEN.length % PLACES.length] + " (point " + n + ").";
                        text.append(text.isEmpty() ? "" : " ").append(phrase);
                        sentences.add(phrase);
                    }
                    unique = text.toString();
                }
                answers.put(questionId, new ResponseReceived.Answer(answer.get("position") == null ? null
                        : Position.fromWireName(answer.get("position")).orElseThrow(), unique));
            });
            int n = serial[0]++;
            responses.add(new ResponseReceived("bench-" + n, consultation.id(), "BENCH-" + n, Channel.ONLINE,
                    Instant.now(), false, new ResponseReceived.Respondent(RespondentType.INDIVIDUAL, null), answers,
                    null, List.of(), ResponseReceived.Source.none()));
        }
        return new Turn(responses, sentences);
    }

    private static long code(Turn turn, ConsultationDefinition consultation, ThemeCoder themes) {
        long start = System.nanoTime();
        for (ResponseReceived response : turn.responses()) {
            ResponseCoded coded = themes.code(ResponseCoder.code(response, consultation, Instant.now()), consultation);
            if (coded.answers().isEmpty()) {
                throw new IllegalStateException("nothing coded in " + response.responseId());
            }
        }
        return System.nanoTime() - start;
    }

    private static long embed(Turn turn, EmbeddingModel model) {
        long start = System.nanoTime();
        for (String sentence : turn.sentences()) {
            model.embed(TextSegment.from(sentence));
        }
        return System.nanoTime() - start;
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
