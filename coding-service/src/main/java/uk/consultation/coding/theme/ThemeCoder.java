package uk.consultation.coding.theme;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import uk.consultation.coding.language.ReferenceVectors;
import uk.consultation.coding.language.SentenceEmbeddings;
import uk.consultation.coding.language.Sentences;
import uk.consultation.schemas.coding.CodingFlags;
import uk.consultation.schemas.coding.CodingSource;
import uk.consultation.schemas.coding.ResponseCoded;
import uk.consultation.schemas.coding.ResponseCoded.CodedAnswer;
import uk.consultation.schemas.coding.ResponseCoded.ThemeAssignment;
import uk.consultation.schemas.consultation.ConsultationDefinition;
import uk.consultation.schemas.consultation.Question;

/**
 * Codes the themes of every answer that has text, from its question's codeframe. A sentence's score for a theme is
 * how close in meaning it comes to the nearest of the theme's label, description and examples. A sentence raises each
 * theme that scores at least the threshold and within a margin of its best theme, so an answer may raise several,
 * each with its best-scoring sentence as evidence. Sentences that fit no theme are handed back, for emerging themes.
 */
@Component
public class ThemeCoder {

    /** Shorter sentences ("Yes.", "See above.") say too little to start a theme of their own. */
    private static final int UNMATCHED_MIN_WORDS = 4;

    private final SentenceEmbeddings embeddings;
    private final ThemeSettings settings;
    /** Per consultation and question, the vectors of its codeframe version last seen. */
    private final Map<String, Codeframe> codeframes = new ConcurrentHashMap<>();

    public ThemeCoder(SentenceEmbeddings embeddings, ThemeSettings settings) {
        this.embeddings = embeddings;
        this.settings = settings;
    }

    /**
     * A coding with its themes, and the sentences of its answers that fit no theme.
     *
     * @param unmatched by question id
     */
    public record Themed(ResponseCoded coded, Map<String, List<UnmatchedSentences.Sentence>> unmatched) {
    }

    /** The coding with themes on each answer that has text, flagged for review if an answer fits no theme. */
    public Themed code(ResponseCoded coded, ConsultationDefinition consultation) {
        Answers themed = themes(coded, consultation);
        List<String> flags = themed.unsure()
                ? Stream.concat(coded.flags().stream(), Stream.of(CodingFlags.NEEDS_REVIEW, CodingFlags.NO_THEME_FITS))
                        .distinct().toList()
                : coded.flags();
        return new Themed(new ResponseCoded(coded.responseId(), coded.consultationId(), coded.version(),
                coded.codedAt(), coded.channel(), coded.receivedAt(), coded.late(), coded.respondent(),
                themed.answers(), flags, coded.coderVersion(), coded.codeframeVersion(), coded.textSignature(),
                coded.campaign(), coded.importedFrom()), themed.unmatched());
    }

    private record Answers(Map<String, CodedAnswer> answers, Map<String, List<UnmatchedSentences.Sentence>> unmatched,
            boolean unsure) {
    }

    private Answers themes(ResponseCoded coded, ConsultationDefinition consultation) {
        Map<String, CodedAnswer> answers = new LinkedHashMap<>();
        Map<String, List<UnmatchedSentences.Sentence>> unmatchedSentences = new LinkedHashMap<>();
        boolean unsure = false;
        Map<String, List<String>> sentencesByAnswer = new LinkedHashMap<>();
        coded.answers().forEach((questionId, answer) -> {
            if (answer.text() != null && !answer.text().isBlank() && consultation.question(questionId).isPresent()) {
                sentencesByAnswer.put(questionId, Sentences.of(answer.text()));
            }
        });
        // All the response's sentences in one request, so that each runs through the model once, side by side.
        List<String> distinct = sentencesByAnswer.values().stream().flatMap(List::stream).distinct().toList();
        Map<String, float[]> vectorOf = new HashMap<>();
        List<float[]> embedded = embeddings.embedAll(distinct);
        for (int i = 0; i < distinct.size(); i++) {
            vectorOf.put(distinct.get(i), embedded.get(i));
        }
        for (Map.Entry<String, CodedAnswer> entry : coded.answers().entrySet()) {
            CodedAnswer answer = entry.getValue();
            List<String> sentences = sentencesByAnswer.get(entry.getKey());
            if (sentences == null) {
                answers.put(entry.getKey(), answer);
                continue;
            }
            List<float[]> vectors = sentences.stream().map(vectorOf::get).toList();
            Codeframe known = codeframe(consultation, consultation.question(entry.getKey()).orElseThrow());
            List<String> codeframe = known.codes();
            double[][] scores = new double[codeframe.size()][sentences.size()];
            double[] bestPerSentence = new double[sentences.size()];
            for (int i = 0; i < sentences.size(); i++) {
                double[] closeness = known.themes().closeness(vectors.get(i));
                for (int t = 0; t < codeframe.size(); t++) {
                    // The closeness in meaning of a sentence to the nearest of a theme's vectors, 0 to 1.
                    scores[t][i] = Math.max(0, closeness[t]);
                    bestPerSentence[i] = Math.max(bestPerSentence[i], scores[t][i]);
                }
            }
            List<ThemeAssignment> themes = new ArrayList<>();
            boolean[] aboutTheQuestion = new boolean[sentences.size()];
            for (int i = 0; i < sentences.size(); i++) {
                aboutTheQuestion[i] = SentenceEmbeddings.similarity(vectors.get(i), known.question())
                        >= bestPerSentence[i];
            }
            for (int t = 0; t < codeframe.size(); t++) {
                int evidence = -1;
                for (int i = 0; i < sentences.size(); i++) {
                    // A sentence raises the themes it is nearly as close to as to its closest one, not every
                    // theme it happens to share words with.
                    // A sentence closer to the question itself than to any theme ("we agree with the definition")
                    // takes a position; it raises no theme.
                    boolean raises = !aboutTheQuestion[i] && scores[t][i] >= settings.threshold()
                            && scores[t][i] >= bestPerSentence[i] - settings.margin();
                    if (raises && (evidence < 0 || scores[t][i] > scores[t][evidence])) {
                        evidence = i;
                    }
                }
                if (evidence >= 0) {
                    themes.add(new ThemeAssignment(codeframe.get(t), rounded(scores[t][evidence]),
                            CodingSource.INFERRED, sentences.get(evidence)));
                }
            }
            themes.sort(Comparator.comparingDouble(ThemeAssignment::score).reversed());
            answers.put(entry.getKey(), new CodedAnswer(answer.position(), answer.source(), answer.confidence(),
                    answer.text(), themes));
            List<UnmatchedSentences.Sentence> left = new ArrayList<>();
            double bestOfAnswer = 0;
            for (int i = 0; i < sentences.size(); i++) {
                bestOfAnswer = Math.max(bestOfAnswer, bestPerSentence[i]);
                if (bestPerSentence[i] < settings.threshold()
                        && sentences.get(i).split("\\s+").length >= UNMATCHED_MIN_WORDS) {
                    left.add(new UnmatchedSentences.Sentence(coded.responseId(), sentences.get(i), vectors.get(i)));
                }
            }
            unmatchedSentences.put(entry.getKey(), left);
            // A question with no codeframe yet has nothing to fit; its answers wait for emerging themes, not review
            unsure |= !codeframe.isEmpty() && bestOfAnswer < settings.reviewBelow();
        }
        return new Answers(answers, unmatchedSentences, unsure);
    }

    /** Four decimals: enough to rank by, and the same figure on every run. */
    private static double rounded(double score) {
        return Math.round(score * 10_000) / 10_000.0;
    }

    private Codeframe codeframe(ConsultationDefinition consultation, Question question) {
        // Worked out once per codeframe version, however many threads code the question's answers at once.
        return codeframes.compute(consultation.id() + "/" + question.id(), (key, known) ->
                known != null && known.version() == consultation.codeframeVersion() ? known
                        : Codeframe.of(consultation.codeframeVersion(), question, embeddings));
    }

    /** @param themes each theme's vectors, in the order of {@code codes} */
    private record Codeframe(int version, float[] question, List<String> codes, ReferenceVectors themes) {

        /** The question's text and each theme's label, description and examples as vectors, in one request. */
        static Codeframe of(int version, Question question, SentenceEmbeddings embeddings) {
            List<List<String>> texts = Stream.concat(Stream.of(List.of(question.text())), question.codeframe()
                    .stream().map(theme -> Stream.concat(Stream.of(theme.label(), theme.description()),
                            theme.examples().stream()).toList())).toList();
            List<List<float[]>> vectors = embeddings.embedGroups(texts);
            return new Codeframe(version, vectors.get(0).get(0), question.codeframe().stream()
                    .map(Question.Theme::code).toList(), ReferenceVectors.of(vectors.subList(1, vectors.size())));
        }
    }
}
