package uk.consultation.coding.understand;

import java.util.ArrayList;
import java.util.List;

import uk.consultation.coding.language.ReferenceVectors;
import uk.consultation.coding.language.SentenceEmbeddings;
import uk.consultation.schemas.consultation.ConsultationDefinition;
import uk.consultation.schemas.consultation.Question;

/**
 * What each question of a consultation is about, as vectors: its own text, and each codeframe theme's label,
 * description and examples, which say in respondents' words what answers to it talk about. Worked out once per
 * consultation and codeframe version.
 */
final class QuestionVectors {

    private final int codeframeVersion;
    private final List<Question> questions;
    private final ReferenceVectors references;

    private QuestionVectors(int codeframeVersion, List<Question> questions, ReferenceVectors references) {
        this.codeframeVersion = codeframeVersion;
        this.questions = questions;
        this.references = references;
    }

    static QuestionVectors of(ConsultationDefinition consultation, SentenceEmbeddings embeddings) {
        List<List<float[]>> references = new ArrayList<>();
        for (Question question : consultation.questions()) {
            List<String> texts = new ArrayList<>();
            texts.add(question.text());
            for (Question.Theme theme : question.codeframe()) {
                texts.add(theme.label());
                texts.add(theme.description());
                texts.addAll(theme.examples());
            }
            references.add(embeddings.embedAll(texts));
        }
        return new QuestionVectors(consultation.codeframeVersion(), consultation.questions(),
                ReferenceVectors.of(references));
    }

    int codeframeVersion() {
        return codeframeVersion;
    }

    List<Question> questions() {
        return questions;
    }

    /** How close the vector comes to each question (the closest of its references), in question order. */
    double[] closeness(float[] vector) {
        return references.closeness(vector);
    }
}
