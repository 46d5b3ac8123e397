package uk.consultation.intake.form;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.consultation.schemas.consultation.Question;

/** A section of the form: the consultation document's chapter and its questions, in the document's order. */
record Chapter(String title, List<Question> questions) {

    static List<Chapter> of(List<Question> questions) {
        Map<String, List<Question>> byTitle = new LinkedHashMap<>();
        questions.forEach(question -> byTitle.computeIfAbsent(question.chapter(), title -> new ArrayList<>()).add(question));
        return byTitle.entrySet().stream().map(chapter -> new Chapter(chapter.getKey(), chapter.getValue())).toList();
    }
}
