package uk.consultation.reporting.export;

import java.util.ArrayList;
import java.util.List;

import uk.consultation.reporting.figures.ConsultationFigures;
import uk.consultation.reporting.figures.QuestionFigures;
import uk.consultation.reporting.figures.QuestionFigures.RespondentFigures;
import uk.consultation.reporting.figures.QuestionFigures.ThemeFigures;

/**
 * The two tables every export holds: the government's published table (per question, responses and each respondent
 * type's agree / disagree / not sure counts and percentages) and the themes raised, by respondent type.
 *
 * @param questions a header row, then one row per question; numbers as {@link Long}, text as {@link String}
 * @param themes    a header row, then one row per question and theme raised
 */
record FiguresTables(List<List<Object>> questions, List<List<Object>> themes) {

    static FiguresTables of(ConsultationFigures figures) {
        List<List<Object>> questions = new ArrayList<>();
        questions.add(List.of("question", "number", "responses",
                "organisations", "organisations agree", "organisations agree %", "organisations disagree",
                "organisations disagree %", "organisations not sure", "organisations not sure %",
                "individuals", "individuals agree", "individuals agree %", "individuals disagree",
                "individuals disagree %", "individuals not sure", "individuals not sure %"));
        List<List<Object>> themes = new ArrayList<>();
        themes.add(List.of("question", "number", "theme", "label", "responses", "organisations", "individuals"));
        for (QuestionFigures question : figures.questions()) {
            List<Object> row = new ArrayList<>(List.of(question.questionId(), question.number(), question.responses()));
            row.addAll(positions(question.organisations()));
            row.addAll(positions(question.individuals()));
            questions.add(row);
            for (ThemeFigures theme : question.themes()) {
                themes.add(List.of(question.questionId(), question.number(), theme.code(), theme.label(),
                        theme.responses(), theme.organisations(), theme.individuals()));
            }
        }
        return new FiguresTables(questions, themes);
    }

    private static List<Object> positions(RespondentFigures figures) {
        return List.of(figures.responses(), figures.agree(), (long) figures.agreePercent(), figures.disagree(),
                (long) figures.disagreePercent(), figures.notSure(), (long) figures.notSurePercent());
    }
}
