package uk.consultation.coding.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import uk.consultation.coding.language.ReferenceVectors;
import uk.consultation.coding.language.SentenceEmbeddings;
import uk.consultation.schemas.consultation.ConsultationDefinition;
import uk.consultation.schemas.consultation.Question;

/**
 * What each question of a consultation is about, as vectors: its own text, its descriptions, which say in the
 * consultation document's words what its chapter proposes, each codeframe theme's label, description and examples,
 * which say in respondents' words what answers to it talk about, and the mean of its text and descriptions, the
 * question as the document puts it, which a passage's mean comes closer to than to any one sentence when it answers in
 * words of its own; and the consultation as a whole, its title in a few sentences a respondent remarking on it in
 * general would write, which such a remark comes closer to than to any question. Worked out once per consultation and
 * codeframe version, when first compared with: a response with nothing to compare (positions on the written template,
 * no free text) runs no model.
 */
final class QuestionVectors {

    /**
     * The consultation as a whole, from its title alone, so that any consultation has one: what a covering letter, a
     * general welcome or a sign-off says of it.
     */
    private static final List<String> WHOLE = List.of("%s", "Our response to the %s.",
            "Our views on the %s as a whole.");

    private final ConsultationDefinition consultation;
    private final SentenceEmbeddings embeddings;
    private final List<Set<String>> ownWords;
    private final @Nullable QuestionHead head;
    private final @Nullable PositionHead positionHead;
    private volatile @Nullable Known references;

    /** The questions' references, and the whole's. */
    private record Known(ReferenceVectors questions, ReferenceVectors whole) {
    }

    private QuestionVectors(ConsultationDefinition consultation, SentenceEmbeddings embeddings) {
        this.consultation = consultation;
        this.embeddings = embeddings;
        // Read once per consultation and codeframe version, not for every passage.
        this.ownWords = consultation.questions().stream().map(QuestionMapping::ownWords).toList();
        this.head = QuestionHead.of(consultation).orElse(null);
        this.positionHead = PositionHead.bundled().get(consultation.id());
    }

    static QuestionVectors of(ConsultationDefinition consultation, SentenceEmbeddings embeddings) {
        return new QuestionVectors(consultation, embeddings);
    }

    int codeframeVersion() {
        return consultation.codeframeVersion();
    }

    List<Question> questions() {
        return consultation.questions();
    }

    /** The question's own words in the consultation document's, by its place in {@link #questions()}. */
    Set<String> ownWords(int question) {
        return ownWords.get(question);
    }

    /** The learned second opinion on which questions a passage answers, where this consultation has one. */
    @Nullable QuestionHead head() {
        return head;
    }

    /** The learned side of an answer no rule reads a view in, where this consultation has one. */
    @Nullable PositionHead positionHead() {
        return positionHead;
    }

    /** How close the vector comes to each question (the closest of its references and their mean), in order. */
    double[] closeness(float[] vector) {
        return references().questions().closeness(vector);
    }

    /** How close the vector comes to the consultation as a whole (the closest of its references). */
    double wholeCloseness(float[] vector) {
        return references().whole().closeness(vector)[0];
    }

    /**
     * Embedded once, by the first thread to ask, while any others wait, all the questions' texts in one request; each
     * question's mean is taken as a passage's is ({@link QuestionMapping#mean}), and the whole's last.
     */
    private Known references() {
        Known known = references;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            known = references;
            if (known == null) {
                List<List<String>> texts = new ArrayList<>();
                for (Question question : consultation.questions()) {
                    List<String> mine = new ArrayList<>();
                    mine.add(question.text());
                    mine.addAll(question.descriptions());
                    for (Question.Theme theme : question.codeframe()) {
                        mine.add(theme.label());
                        mine.add(theme.description());
                        mine.addAll(theme.examples());
                    }
                    texts.add(mine);
                }
                texts.add(WHOLE.stream().map(sentence -> sentence.formatted(consultation.title())).toList());
                List<List<float[]>> embedded = embeddings.embedGroups(texts);
                List<List<float[]>> groups = new ArrayList<>();
                for (int q = 0; q < consultation.questions().size(); q++) {
                    List<float[]> group = new ArrayList<>(embedded.get(q));
                    // Not the codeframe's references: many, in respondents' voices, they would outweigh the question.
                    int own = 1 + consultation.questions().get(q).descriptions().size();
                    group.add(QuestionMapping.mean(embedded.get(q).subList(0, own)));
                    groups.add(group);
                }
                known = new Known(ReferenceVectors.of(groups),
                        ReferenceVectors.of(List.of(embedded.get(embedded.size() - 1))));
                references = known;
            }
            return known;
        }
    }
}
