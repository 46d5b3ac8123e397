package uk.consultation.reporting.figures;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.consultation.schemas.consultation.Question;

/**
 * Live figures; a consultation with no responses yet has all-zero figures, an unknown one is 404. The figures can be
 * narrowed as {@link FiguresParameters} says: late responses, campaigns, a respondent type, channels and days received.
 */
@RestController
@RequestMapping("/api/v1/consultations/{consultationId}")
class FiguresController {

    private final ReportedConsultations consultations;
    private final FiguresQuery query;

    FiguresController(ReportedConsultations consultations, FiguresQuery query) {
        this.consultations = consultations;
        this.query = query;
    }

    @GetMapping("/figures")
    ConsultationFigures consultation(@PathVariable String consultationId, FiguresParameters parameters) {
        return query.figures(consultations.definition(consultationId), parameters.selection());
    }

    @GetMapping("/questions/{questionId}/figures")
    QuestionFigures question(@PathVariable String consultationId, @PathVariable String questionId,
            FiguresParameters parameters) {
        Selection selection = parameters.selection();
        Question question = question(consultationId, questionId);
        return QuestionFigures.of(question, selection.apply(query.totals(consultationId, selection)));
    }

    /** The drill-down from a theme's count to what respondents wrote: a few example sentences, personal data removed. */
    @GetMapping("/questions/{questionId}/themes/{themeCode}/quotes")
    ThemeQuotes quotes(@PathVariable String consultationId, @PathVariable String questionId,
            @PathVariable String themeCode) {
        Question question = question(consultationId, questionId);
        Question.Theme theme = question.codeframe().stream().filter(candidate -> candidate.code().equals(themeCode))
                .findFirst().orElseThrow(() -> Problems.of(HttpStatus.NOT_FOUND,
                        "No theme " + themeCode + " in the codeframe of question " + questionId));
        return new ThemeQuotes(questionId, theme.code(), theme.label(),
                query.quotes(consultationId, questionId, themeCode));
    }

    record ThemeQuotes(String questionId, String code, String label, List<String> quotes) {
    }

    private Question question(String consultationId, String questionId) {
        return consultations.definition(consultationId).question(questionId)
                .orElseThrow(() -> Problems.of(HttpStatus.NOT_FOUND,
                        "No question " + questionId + " in consultation " + consultationId));
    }
}
