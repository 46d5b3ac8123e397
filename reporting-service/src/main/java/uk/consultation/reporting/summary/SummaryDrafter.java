package uk.consultation.reporting.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import uk.consultation.reporting.figures.ConsultationFigures;
import uk.consultation.reporting.figures.FiguresQuery;
import uk.consultation.reporting.figures.QuestionFigures;
import uk.consultation.reporting.figures.Selection;
import uk.consultation.schemas.consultation.ConsultationDefinition;
import uk.consultation.schemas.consultation.Question;

/** Drafts the summary of responses from the live figures and the example quotes kept with them. */
@Component
class SummaryDrafter {

    /** As many points as a published response lists for a question. */
    static final int MOST_RAISED = 5;

    private final FiguresQuery query;

    SummaryDrafter(FiguresQuery query) {
        this.query = query;
    }

    DraftedSummary draft(ConsultationDefinition definition, Selection selection) {
        ConsultationFigures figures = query.figures(definition, selection);
        List<DraftedSummary.Section> sections = new ArrayList<>();
        sections.add(new DraftedSummary.Section(null, "Who responded?", null, Stream.of(
                        SummaryWording.whoResponded(figures), SummaryWording.respondentTypes(figures),
                        SummaryWording.noToAll(figures), SummaryWording.late(figures), SummaryWording.campaigns(figures),
                        SummaryWording.ROUNDING)
                .filter(paragraph -> !paragraph.isEmpty()).toList(), List.of()));
        @Nullable String chapter = null;
        for (QuestionFigures question : figures.questions()) {
            Question asked = definition.question(question.questionId()).orElseThrow();
            String opens = Objects.equals(asked.chapter(), chapter) ? null : asked.chapter();
            chapter = asked.chapter();
            sections.add(new DraftedSummary.Section(opens, "Question " + question.number(), question.text(),
                    List.of(SummaryWording.responses(question)), points(definition.id(), question)));
        }
        return new DraftedSummary(definition.title(), sections);
    }

    private List<DraftedSummary.Point> points(String consultationId, QuestionFigures question) {
        return question.themes().stream().limit(MOST_RAISED)
                .map(theme -> new DraftedSummary.Point(SummaryWording.point(theme),
                        query.quotes(consultationId, question.questionId(), theme.code()).stream().findFirst()
                                .orElse(null)))
                .toList();
    }
}
