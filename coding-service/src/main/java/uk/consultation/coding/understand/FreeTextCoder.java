package uk.consultation.coding.understand;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import uk.consultation.coding.language.SentenceEmbeddings;
import uk.consultation.schemas.Position;
import uk.consultation.schemas.consultation.ConsultationDefinition;
import uk.consultation.schemas.consultation.Question;

/**
 * Codes a free-form document, an essay, a letter or an email, question by question: which passages answer which
 * question, and for a closed question the position they take. Every sentence runs through the model once; the rest is
 * dot products with the questions' vectors, worked out once per consultation and codeframe version.
 */
@Component
public class FreeTextCoder {

    /**
     * The learned head gives the question an answer maps to less than this chance of being what the answer's passages
     * answer: a second opinion against the mapping. On the development documents 26 of the 32 wrong questions came
     * below 0.2, and 25 of the 255 right codings; 0.1, 0.2 and 0.3 put the same errors in the review queue (0.1 two
     * documents fewer, 0.3 one more, 0.5 six more), and 0.2 doubts three wrong codings between 0.1 and 0.2 that 0.1
     * leaves to other codings of their documents to queue. Below {@link QuestionMapping#UNLIKELY_BELOW} a passage's
     * closeness maps nothing at all.
     */
    static final double DOUBTED_BELOW = 0.2;

    /** A mapping the head doubts is half as sure: below the answers it does not doubt, for calibration to weigh. */
    static final double DOUBTED = 0.5;

    /**
     * The learned head gives a paragraph nothing maps at least this chance of answering a question not coded: a likely
     * missed answer, for review. A long paragraph nothing maps is mostly the writer's introduction (who writes, for
     * whom, what they do), which the head hears as answering no question. On the development documents, with only a
     * likely missed answer sending a coding to review, 0.1 put 5 more documents and 3 more errors in the queue at 0.7
     * than 0.3 but one error fewer in its first 30%, 0.4 and 0.5 3 and 4 fewer documents and 3 fewer errors.
     */
    static final double HEARD_ANSWERING = 0.3;

    /**
     * The learned head gives a passage mapped to questions of one chapter at least this chance of answering a question
     * of another chapter not coded: a second answer inside the passage, likely missed ("We also agree with giving
     * tailored help to women who have never worked" inside an answer on women's rights; a wait for English classes
     * inside one on new arrivals). Within a chapter the mapping tells its questions apart by their words (9(a) and
     * 9(b)), where the head hears them alike. On the development documents 0.9 heard 2 missed answers in 2 documents
     * not queued and nothing else, 0.8 a document without an error more, 0.5 eight more.
     */
    static final double HEARD_BESIDE = 0.9;

    private final SentenceEmbeddings embeddings;
    private final int unmappedWords;
    private final QuestionMapping mapping;
    private final PositionPrototypes prototypes;
    private final Map<String, QuestionVectors> questionVectors = new ConcurrentHashMap<>();

    public FreeTextCoder(SentenceEmbeddings embeddings, UnderstandingSettings settings) {
        this.embeddings = embeddings;
        this.unmappedWords = settings.unmappedWords();
        this.mapping = new QuestionMapping(settings.mapAbove(), new OpenAnswerPrototypes(embeddings));
        this.prototypes = new PositionPrototypes(embeddings);
    }

    /**
     * The answer a document gives to one question.
     *
     * @param position    for a closed question, when the question offers it
     * @param confidence  how sure the coder is that the passages answer this question and take this position, 0 to 1:
     *                    a raw score, which the coding calibrates
     * @param text        the passages that answer it, in the document's order
     */
    public record InferredAnswer(@Nullable Position position, double confidence, String text) {
    }

    /**
     * What a document says.
     *
     * @param answers  by question id, in the consultation's order, leaving out the questions already answered otherwise
     * @param unmapped the paragraphs and points of free text at least {@code coding.understanding.unmapped-words} long
     *                 that map to no question at all, in the document's order: each may be an answer the coder missed
     * @param heard    the questions neither coded nor answered otherwise that the learned head hears one of those
     *                 paragraphs answering, or a passage answering another chapter's questions answering besides, in
     *                 the consultation's order: likely missed answers; null where the consultation has no learned head
     *                 to hear them with
     */
    public record Reading(Map<String, InferredAnswer> answers, List<String> unmapped, @Nullable List<String> heard) {
    }

    /**
     * @param texts         free-form texts
     * @param templateTexts texts on the written template, of which only passages naming a question are read
     */
    public Reading code(List<String> texts, List<String> templateTexts, ConsultationDefinition consultation,
            Set<String> answered) {
        // A new codeframe version replaces its consultation's vectors.
        QuestionVectors vectors = questionVectors.compute(consultation.id(), (id, known) ->
                known != null && known.codeframeVersion() == consultation.codeframeVersion() ? known
                        : QuestionVectors.of(consultation, embeddings));
        List<Passage> passages = new ArrayList<>();
        texts.forEach(text -> passages.addAll(Passages.of(text, false)));
        templateTexts.forEach(
                text -> passages.addAll(QuestionMapping.offTemplate(Passages.of(text, true), consultation)));
        // Passages on the template map only by naming a question: their sentences need no vectors to map.
        Map<String, float[]> sentenceVectors = new HashMap<>();
        embed(passages.stream().filter(passage -> !passage.onTemplate()).toList(), sentenceVectors);
        List<QuestionMapping.Mapping> mappings = mapping.map(passages, sentenceVectors, vectors, consultation,
                clauses -> embedTexts(clauses, sentenceVectors));
        // A passage that answers several questions shares its sentences out between them by their vectors.
        embed(mappings.stream().filter(found -> !answered.contains(found.question().id()) && mappings.stream()
                .anyMatch(other -> other.passage() == found.passage() && !other.question().equals(found.question())))
                .map(found -> passages.get(found.passage())).toList(), sentenceVectors);
        Map<String, InferredAnswer> answers = new LinkedHashMap<>();
        // A sentence of a passage that answers several questions is weighed for each of them: compare it once.
        Map<String, double[]> closeness = new HashMap<>();
        for (Question question : consultation.questions()) {
            if (answered.contains(question.id())) {
                continue;
            }
            List<QuestionMapping.Mapping> mine = mappings.stream()
                    .filter(found -> found.question().id().equals(question.id())).toList();
            if (!mine.isEmpty()) {
                answers.put(question.id(),
                        answer(question, mine, passages, mappings, sentenceVectors, vectors, closeness));
            }
        }
        List<String> unmapped = new ArrayList<>();
        double[] heard = new double[vectors.questions().size()];
        double[] heardBeside = new double[vectors.questions().size()];
        // Each passage's chapters, gathered once: a long letter has many passages and many mappings.
        Map<Integer, Set<String>> answeredChapters = new HashMap<>();
        mappings.forEach(found -> answeredChapters.computeIfAbsent(found.passage(), index -> new HashSet<>())
                .add(found.question().chapter()));
        for (int i = 0; i < passages.size(); i++) {
            Passage passage = passages.get(i);
            if (passage.onTemplate() || passage.heading()) {
                continue;
            }
            Set<String> chapters = answeredChapters.getOrDefault(i, Set.of());
            if (!chapters.isEmpty()) {
                hearAnswering(passage.sentences(), chapters, sentenceVectors, vectors, heardBeside);
            } else if (passage.text().split("\\s+").length >= unmappedWords) {
                unmapped.add(passage.text());
                // A paragraph declining to give views names what it leaves aside, which the head hears as answers.
                if (!QuestionMapping.declinesViews(passage)) {
                    hearAnswering(passage.sentences(), Set.of(), sentenceVectors, vectors, heard);
                }
            }
        }
        List<String> missed = new ArrayList<>();
        for (int q = 0; q < heard.length; q++) {
            String id = vectors.questions().get(q).id();
            if ((heard[q] >= HEARD_ANSWERING || heardBeside[q] >= HEARD_BESIDE) && !answers.containsKey(id)
                    && !answered.contains(id)) {
                missed.add(id);
            }
        }
        return new Reading(answers, unmapped, vectors.head() == null ? null : missed);
    }

    /**
     * Raises each question's chance, but those of the chapters the passage answers, to the most the learned head, where
     * the consultation has one, gives the sentences of a passage for answering it.
     */
    private static void hearAnswering(List<String> sentences, Set<String> answeredChapters,
            Map<String, float[]> sentenceVectors, QuestionVectors vectors, double[] most) {
        double @Nullable [] likely = likely(sentences, sentenceVectors, vectors);
        for (int q = 0; likely != null && q < most.length; q++) {
            if (!answeredChapters.contains(vectors.questions().get(q).chapter())) {
                most[q] = Math.max(most[q], likely[q]);
            }
        }
    }

    /**
     * How likely the learned head, where the consultation has one, finds these sentences together answer each
     * question; null without a head, or for sentences without vectors (those on the written template).
     */
    private static double @Nullable [] likely(List<String> sentences, Map<String, float[]> sentenceVectors,
            QuestionVectors vectors) {
        QuestionHead head = vectors.head();
        if (head == null || sentences.isEmpty() || !sentenceVectors.keySet().containsAll(sentences)) {
            return null;
        }
        return head.probabilities(QuestionMapping.mean(sentences, sentenceVectors));
    }

    /**
     * The view a comment on the written template takes on a closed question whose Yes / No box the writer left empty
     * and answered in words ("Question 1: the definition. We do not agree with the definition."), as the rules read
     * it; null where they read none, as the template gives none.
     */
    public static @Nullable InferredAnswer commented(Question question, String comment) {
        List<String> sentences = Passages.of(comment, false).stream().filter(passage -> !passage.heading())
                .flatMap(passage -> passage.sentences().stream()).toList();
        PositionReading.Reading reading = PositionReading.read(sentences, PositionReading.Asks.of(question.text()));
        return reading.confidence() == PositionReading.UNCLEAR_CONFIDENCE || !question.offers(reading.position())
                ? null : new InferredAnswer(reading.position(), reading.confidence(), comment);
    }

    /** Adds the vectors of the passages' sentences not yet embedded, each sentence once, in one request. */
    private void embed(List<Passage> passages, Map<String, float[]> sentenceVectors) {
        embedTexts(passages.stream().flatMap(passage -> passage.sentences().stream()).toList(), sentenceVectors);
    }

    /** Adds the vectors of the texts not yet embedded, each once, in one request. */
    private void embedTexts(List<String> texts, Map<String, float[]> sentenceVectors) {
        List<String> sentences = texts.stream().distinct()
                .filter(sentence -> !sentenceVectors.containsKey(sentence)).toList();
        List<float[]> embedded = embeddings.embedAll(sentences);
        for (int i = 0; i < sentences.size(); i++) {
            sentenceVectors.put(sentences.get(i), embedded.get(i));
        }
    }

    private InferredAnswer answer(Question question, List<QuestionMapping.Mapping> mine, List<Passage> passages,
            List<QuestionMapping.Mapping> all, Map<String, float[]> sentenceVectors, QuestionVectors vectors,
            Map<String, double[]> closeness) {
        double confidence = mine.stream().mapToDouble(QuestionMapping.Mapping::confidence).max().orElseThrow();
        List<String> texts = new ArrayList<>();
        List<String> sentences = new ArrayList<>();
        List<String> passageSentences = new ArrayList<>();
        for (QuestionMapping.Mapping found : mine) {
            Passage passage = passages.get(found.passage());
            texts.add(passage.text());
            passageSentences.addAll(passage.sentences());
            // A clause of a sentence giving several proposals a verdict each holds this one's view alone.
            sentences.addAll(found.verdict().isEmpty()
                    ? sentencesFor(question, passage, found.passage(), all, sentenceVectors, vectors, closeness)
                    : found.verdict());
        }
        @Nullable Position position = null;
        if (question.isClosed()) {
            PositionReading.Reading reading = PositionReading.readAnswer(PositionReading.Asks.of(question.text()),
                    sentences, passageSentences,
                    passages.stream().flatMap(passage -> passage.sentences().stream()).toList(),
                    () -> heard(sentences, sentenceVectors, vectors.positionHead()));
            position = question.offers(reading.position()) ? reading.position() : null;
            // Right only when both the question and the position are: a position read by a fallback, or from views
            // both ways, on a question only just close is less sure than either alone, and calibration can tell them.
            confidence *= position == null ? 0 : reading.confidence();
        }
        if (doubted(question, passageSentences, sentenceVectors, vectors)) {
            confidence *= DOUBTED;
        }
        return new InferredAnswer(position, confidence, String.join("\n\n", texts));
    }

    /**
     * Whether the learned head, where the consultation has one, finds the question unlikely to be what the answer's
     * passages answer: wrong questions come from a passage mentioning a topic in passing, a heading or a reference that
     * misleads, and the head reads the passage as a whole. Passages on the written template have no vectors, and are
     * not doubted.
     */
    private static boolean doubted(Question question, List<String> passageSentences,
            Map<String, float[]> sentenceVectors, QuestionVectors vectors) {
        double @Nullable [] likely = likely(passageSentences, sentenceVectors, vectors);
        return likely != null && likely[vectors.questions().indexOf(question)] < DOUBTED_BELOW;
    }

    /**
     * The side the sentence model hears in an answer's sentences, from the vectors the mapping has already: sentences on
     * the written template have none, and are not heard. The consultation's learned head, where it has one, read more
     * of the fixtures' answers without a view right than the prototypes and the document's lean (docs/benchmarks.md,
     * "A learned position head").
     */
    private @Nullable Position heard(List<String> sentences, Map<String, float[]> sentenceVectors,
            @Nullable PositionHead head) {
        if (sentences.isEmpty() || !sentenceVectors.keySet().containsAll(sentences)) {
            return null;
        }
        float[] meaning = QuestionMapping.mean(sentences, sentenceVectors);
        return head != null ? head.side(meaning) : prototypes.heard(meaning);
    }

    /**
     * The sentences of a passage that speak to this question: all of them, unless the passage answers several
     * questions; then each sentence goes to the question it is closest to.
     */
    private static List<String> sentencesFor(Question question, Passage passage, int index,
            List<QuestionMapping.Mapping> all, Map<String, float[]> sentenceVectors, QuestionVectors vectors,
            Map<String, double[]> closeness) {
        Set<Integer> shared = new LinkedHashSet<>();
        for (QuestionMapping.Mapping other : all) {
            if (other.passage() == index) {
                shared.add(vectors.questions().indexOf(other.question()));
            }
        }
        if (shared.size() < 2) {
            return passage.sentences();
        }
        int mine = vectors.questions().indexOf(question);
        return passage.sentences().stream().filter(sentence -> {
            double[] close = closeness.computeIfAbsent(sentence, key -> vectors.closeness(sentenceVectors.get(key)));
            return shared.stream().allMatch(other -> close[mine] >= close[other]);
        }).toList();
    }
}
