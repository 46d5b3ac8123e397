package uk.consultation.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
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
 * themes of every answer), with nothing remembered from before; and the same texts' sentences through the bare model,
 * one by one. The texts are dealt into a few groups, and each group is timed both ways back to back, who goes first
 * alternating: the share coding keeps is taken from each such pair, so that the machine's swings between pairs (this
 * machine is shared) fall on neither side, and the median and quartiles of those shares are reported. Start it with
 * {@code bench/coding.sh} from the project root.
 */
public final class CodingBenchmark {

    private static final String CONSULTATION = "integrated-communities-2018";
    private static final List<Path> TEXTS = List.of(Path.of("coding-service/src/test/resources/understanding"),
            Path.of("coding-service/src/test/resources/responses"));
    /** Groups of texts, each timed in well under a second a side, so that a pair sees the same machine. */
    private static final int GROUPS = 4;
    /** Passes over every group: the first warms up and is not counted. */
    private static final int PASSES = 9;
    private static final double TARGET = 0.8;

    /** coding-service's defaults (its application.yml). */
    private static final UnderstandingSettings SETTINGS = new UnderstandingSettings(0.5, 0.6);
    private static final ThemeSettings THEMES = new ThemeSettings(0.45, 0.1, 0.35, 2000);

    private CodingBenchmark() {
    }

    private record Group(List<String> texts, List<String> sentences) {
    }

    private record Pair(double modelSeconds, double codingSeconds) {

        double share() {
            return modelSeconds / codingSeconds;
        }
    }

    public static void main(String[] args) throws IOException {
        ConsultationDefinition consultation = ConsultationDefinitions.bundled(CONSULTATION);
        List<Group> groups = groups(texts());
        int sentenceCount = groups.stream().mapToInt(group -> group.sentences().size()).sum();
        EmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();
        System.out.printf("%d texts, %d sentences in %d groups; %d passes over the groups after one to warm up; "
                + "load average %s%n", groups.stream().mapToInt(group -> group.texts().size()).sum(), sentenceCount,
                GROUPS, PASSES - 1, loadAverage());
        List<Pair> pairs = new ArrayList<>();
        for (int pass = 0; pass < PASSES; pass++) {
            for (int g = 0; g < groups.size(); g++) {
                Group group = groups.get(g);
                boolean modelFirst = (pass + g) % 2 == 0;
                Pair pair = pair(group, modelFirst, model, consultation);
                if (pass > 0) {
                    pairs.add(pair);
                    System.out.printf("pass %d group %d (%3d sentences, %-6s first): model alone %4.0f sentences/s, "
                            + "coding %4.0f sentences/s: %4.0f%%%n", pass, g + 1, group.sentences().size(),
                            modelFirst ? "model" : "coding", group.sentences().size() / pair.modelSeconds(),
                            group.sentences().size() / pair.codingSeconds(), 100 * pair.share());
                }
            }
        }
        double[] shares = pairs.stream().mapToDouble(Pair::share).sorted().toArray();
        double modelSeconds = pairs.stream().mapToDouble(Pair::modelSeconds).sum();
        double codingSeconds = pairs.stream().mapToDouble(Pair::codingSeconds).sum();
        int counted = sentenceCount * (PASSES - 1);
        System.out.printf("all %d pairs: model alone %.0f sentences/s, coding %.0f sentences/s: %.0f%%%n",
                pairs.size(), counted / modelSeconds, counted / codingSeconds, 100 * modelSeconds / codingSeconds);
        System.out.printf("share coding keeps, per pair: median %.0f%%, quartiles %.0f%% to %.0f%%, range %.0f%% to "
                + "%.0f%%; load average %s%n", 100 * quantile(shares, 0.5), 100 * quantile(shares, 0.25),
                100 * quantile(shares, 0.75), 100 * shares[0], 100 * shares[shares.length - 1], loadAverage());
        System.out.printf("target >= %.0f%% (median): %s%n", 100 * TARGET,
                quantile(shares, 0.5) >= TARGET ? "met" : "not met");
    }

    /**
     * One group both ways, back to back. Coding gets a new coder with nothing remembered; the questions' and themes'
     * vectors are made before timing, as the service makes them once per consultation and codeframe version.
     */
    private static Pair pair(Group group, boolean modelFirst, EmbeddingModel model,
            ConsultationDefinition consultation) {
        SentenceEmbeddings embeddings = new SentenceEmbeddings();
        ResponseCoder coder = new ResponseCoder(new FreeTextCoder(embeddings, SETTINGS));
        ThemeCoder themes = new ThemeCoder(embeddings, new UnmatchedSentences(THEMES), THEMES);
        themes.code(coder.code(letter("warm-up", "Question 1\nYes"), consultation, Instant.EPOCH), consultation);
        double modelSeconds = 0;
        double codingSeconds = 0;
        for (int turn = 0; turn < 2; turn++) {
            long start = System.nanoTime();
            if ((turn == 0) == modelFirst) {
                group.sentences().forEach(sentence -> model.embed(TextSegment.from(sentence)));
                modelSeconds = (System.nanoTime() - start) / 1e9;
            } else {
                for (int i = 0; i < group.texts().size(); i++) {
                    themes.code(coder.code(letter("r-" + i, group.texts().get(i)), consultation, Instant.EPOCH),
                            consultation);
                }
                codingSeconds = (System.nanoTime() - start) / 1e9;
            }
        }
        return new Pair(modelSeconds, codingSeconds);
    }

    /** The texts dealt longest first, each to the group with the fewest sentences yet, so that pairs last alike. */
    private static List<Group> groups(List<String> texts) {
        List<List<String>> dealt = new ArrayList<>();
        List<List<String>> sentences = new ArrayList<>();
        for (int g = 0; g < GROUPS; g++) {
            dealt.add(new ArrayList<>());
            sentences.add(new ArrayList<>());
        }
        for (String text : texts.stream().sorted(Comparator.comparingInt((String text) -> sentences(text).size())
                .reversed()).toList()) {
            int fewest = 0;
            for (int g = 1; g < GROUPS; g++) {
                fewest = sentences.get(g).size() < sentences.get(fewest).size() ? g : fewest;
            }
            dealt.get(fewest).add(text);
            sentences.get(fewest).addAll(sentences(text));
        }
        List<Group> groups = new ArrayList<>();
        for (int g = 0; g < GROUPS; g++) {
            groups.add(new Group(dealt.get(g), sentences.get(g)));
        }
        return groups;
    }

    /** Linear between the nearest ranks of sorted values. */
    private static double quantile(double[] sorted, double q) {
        double rank = q * (sorted.length - 1);
        int below = (int) Math.floor(rank);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (rank - below) * (sorted[above] - sorted[below]);
    }

    /** Over the last minute: how many others wanted the machine's two cores. */
    private static String loadAverage() {
        return String.format("%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
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
