package uk.consultation.reporting.figures;

import java.util.ArrayList;
import java.util.List;

import uk.consultation.schemas.coding.ResponseCoded;
import uk.consultation.schemas.coding.ResponseCoded.CodedAnswer;
import uk.consultation.schemas.coding.ResponseCoded.ThemeAssignment;
import uk.consultation.schemas.consultation.ConsultationDefinition;
import uk.consultation.schemas.consultation.Question;

/**
 * A sentence of a response that shows a theme, as coding found it: the evidence of a theme assignment, with personal
 * data already taken out by coding-service.
 */
record ExampleQuote(String questionId, String themeCode, String text) {

    /** One per question and codeframe theme a coding raised with evidence, for the answers the figures count. */
    static List<ExampleQuote> of(ResponseCoded coding, ConsultationDefinition definition) {
        List<ExampleQuote> quotes = new ArrayList<>();
        for (Question question : definition.questions()) {
            CodedAnswer answer = coding.answers().get(question.id());
            if (answer == null || !Contribution.answered(question, answer)) {
                continue;
            }
            for (Question.Theme theme : question.codeframe()) {
                answer.themes().stream()
                        .filter(assignment -> assignment.code().equals(theme.code()))
                        .map(ThemeAssignment::evidence)
                        .filter(evidence -> evidence != null && !evidence.isBlank())
                        .findFirst()
                        .ifPresent(evidence -> quotes.add(new ExampleQuote(question.id(), theme.code(), evidence.strip())));
            }
        }
        return quotes;
    }

    String id(String consultationId) {
        return id(consultationId, questionId + "#" + themeCode);
    }

    /** @param questionTheme {@code questionId#themeCode} */
    static String id(String consultationId, String questionTheme) {
        return consultationId + "#" + questionTheme;
    }
}
