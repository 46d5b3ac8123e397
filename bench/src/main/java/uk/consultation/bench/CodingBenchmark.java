package uk.consultation.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import uk.consultation.coding.code.ResponseCoder;
import uk.consultation.coding.language.SentenceEmbeddings;
import uk.consultation.coding.language.Sentences;
import uk.consultation.coding.theme.ThemeCoder;
import uk.consultation.coding.theme.ThemeSettings;
import uk.consultation.coding.theme.UnmatchedSentences;
import uk.consultation.coding.understand.FreeTextCoder;
import uk.consultation.coding.understand.UnderstandingSettings;
import uk.consultation.schemas.Channel;
import uk.consultation.schemas.consultation.ConsultationDefinition;
import uk.consultation.schemas.consultation.ConsultationDefinitions;
import uk.consultation.schemas.response.ResponseReceived;

/**
 * How fast coding reads free text, next to the sentence-embedding model alone on the same text: the labelled
 * free-form responses and the two seed responses, each coded as a letter by coding-service's {@code ResponseCoder}
 * (template, respondent type, passages, question mapping, positions, personal data) and {@code ThemeCoder} (codeframe
 * themes of every answer), with nothing remembered from the round before; and the same texts' sentences through the
 * bare model, one by one. The two take turns, so that the machine's drift falls on both. Start it with
 * {@code bench/coding.sh} from the project root.
 */
public final class CodingBenchmark {

    private static final String CONSULTATION = "integrated-communities-2018";
    private static final List<Path> TEXTS = List.of(Path.of("coding-service/src/test/resources/understanding"),
            Path.of("coding-service/src/test/resources/responses"));
    private static final int ROUNDS = 11;

    /** coding-service's defaults (its application.yml). */
    private static final UnderstandingSettings SETTINGS = new UnderstandingSettings(0.5, 0.6);
    private static final ThemeSettings THEMES = new ThemeSettings(0.45, 0.1, 0.35, 2000);

    private CodingBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        ConsultationDefinition consultation = ConsultationDefinitions.bundled(CONSULTATION);
        List<String> texts = texts();
        List<String> sentences = texts.stream().flatMap(text -> sentences(text).stream()).toList();
        EmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();
        double[] ratios = new double[ROUNDS];
        System.out.printf("%d texts, %d sentences; %d rounds after one to warm up%n", texts.size(), sentences.size(),
                ROUNDS);
        for (int round = -1; round < ROUNDS; round++) {
            // A new coder each round remembers no sentence; the questions' vectors are made before timing, as once
            // per consultation in the service.
            SentenceEmbeddings embeddings = new SentenceEmbeddings();
            ResponseCoder coder = new ResponseCoder(new FreeTextCoder(embeddings, SETTINGS));
            ThemeCoder themes = new ThemeCoder(embeddings, new UnmatchedSentences(THEMES), THEMES);
            themes.code(coder.code(letter("warm-up", "Question 1\nYes"), consultation, Instant.EPOCH), consultation);
            double modelSeconds = 0;
            double codingSeconds = 0;
            for (int turn = 0; turn < 2; turn++) {
                long start = System.nanoTime();
                if ((turn + round) % 2 == 0) {
                    sentences.forEach(sentence -> model.embed(TextSegment.from(sentence)));
                    modelSeconds = (System.nanoTime() - start) / 1e9;
                } else {
                    for (int i = 0; i < texts.size(); i++) {
                        themes.code(coder.code(letter("r-" + i, texts.get(i)), consultation, Instant.EPOCH),
                                consultation);
                    }
                    codingSeconds = (System.nanoTime() - start) / 1e9;
                }
            }
            if (round >= 0) {
                ratios[round] = modelSeconds / codingSeconds;
                System.out.printf("round %d: model alone %.0f sentences/s, coding %.0f sentences/s: %.0f%%%n", round + 1,
                        sentences.size() / modelSeconds, sentences.size() / codingSeconds, 100 * ratios[round]);
            }
        }
        Arrays.sort(ratios);
        System.out.printf("median: coding keeps %.0f%% of the model's sentences/s%n", 100 * ratios[ROUNDS / 2]);
    }

    private static List<String> texts() throws IOException {
        List<String> texts = new ArrayList<>();
        for (Path directory : TEXTS) {
            try (Stream<Path> files = Files.list(directory)) {
                for (Path file : files.filter(file -> file.toString().endsWith(".txt")).sorted().toList()) {
                    texts.add(Files.readString(file));
                }
            }
        }
        return texts;
    }

    /**
     * The sentences coding embeds: lines joined within a paragraph, as coding joins the lines a PDF broke, each
     * sentence once.
     */
    private static List<String> sentences(String text) {
        return Arrays.stream(text.split("\\n\\s*\\n"))
                .flatMap(paragraph -> Sentences.of(paragraph.replaceAll("\\s+", " ")).stream())
                .distinct().toList();
    }

    private static ResponseReceived letter(String id, String text) {
        return new ResponseReceived(id, CONSULTATION, "BENCH-" + id, Channel.LETTER, Instant.EPOCH, false,
                new ResponseReceived.Respondent(null, null), Map.of(), text, List.of(),
                new ResponseReceived.Source(null, null, null, "SCAN-" + id, "bench"));
    }
}
