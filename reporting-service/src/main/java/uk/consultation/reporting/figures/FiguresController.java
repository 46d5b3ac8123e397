package uk.consultation.reporting.figures;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.consultation.schemas.consultation.ConsultationCatalog;
import uk.consultation.schemas.consultation.ConsultationDefinition;
import uk.consultation.schemas.consultation.Question;

/**
 * Live figures; a consultation with no responses yet has all-zero figures, an unknown one is 404. {@code ?late=exclude}
 * leaves out the responses received after the closing time; {@code ?campaigns=exclude} or {@code only} leaves out the
 * campaign responses or shows them alone.
 */
@RestController
@RequestMapping("/api/v1/consultations/{consultationId}")
class FiguresController {

    private final ConsultationCatalog catalog;
    private final FiguresQuery query;

    FiguresController(ConsultationCatalog catalog, FiguresQuery query) {
        this.catalog = catalog;
        this.query = query;
    }

    @GetMapping("/figures")
    ConsultationFigures consultation(@PathVariable String consultationId,
            @RequestParam(name = "late", defaultValue = "include") String late,
            @RequestParam(name = "campaigns", defaultValue = "include") String campaigns) {
        Selection selection = selection(late, campaigns);
        ConsultationDefinition definition = definition(consultationId);
        return ConsultationFigures.of(definition, query.totals(consultationId), selection,
                query.campaigns(consultationId));
    }

    @GetMapping("/questions/{questionId}/figures")
    QuestionFigures question(@PathVariable String consultationId, @PathVariable String questionId,
            @RequestParam(name = "late", defaultValue = "include") String late,
            @RequestParam(name = "campaigns", defaultValue = "include") String campaigns) {
        Selection selection = selection(late, campaigns);
        Question question = definition(consultationId).question(questionId)
                .orElseThrow(() -> notFound("No question " + questionId + " in consultation " + consultationId));
        return QuestionFigures.of(question, selection.apply(query.totals(consultationId)));
    }

    private static Selection selection(String late, String campaigns) {
        return new Selection(
                LateResponses.fromParameter(late).orElseThrow(() -> problem(HttpStatus.BAD_REQUEST,
                        "The late parameter must be include or exclude, not " + late)),
                CampaignResponses.fromParameter(campaigns).orElseThrow(() -> problem(HttpStatus.BAD_REQUEST,
                        "The campaigns parameter must be include, exclude or only, not " + campaigns)));
    }

    private ConsultationDefinition definition(String consultationId) {
        return catalog.find(consultationId).orElseThrow(() -> notFound("No consultation " + consultationId));
    }

    private static ErrorResponseException notFound(String detail) {
        return problem(HttpStatus.NOT_FOUND, detail);
    }

    /** Rendered as application/problem+json (RFC 9457) by Boot's problem-details handler. */
    private static ErrorResponseException problem(HttpStatus status, String detail) {
        return new ErrorResponseException(status, ProblemDetail.forStatusAndDetail(status, detail), null);
    }
}
