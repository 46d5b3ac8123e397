package uk.consultation.reporting.figures;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.consultation.schemas.consultation.ConsultationCatalog;
import uk.consultation.schemas.consultation.ConsultationDefinition;
import uk.consultation.schemas.consultation.Question;

/** Live figures; a consultation with no responses yet has all-zero figures, an unknown one is 404. */
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
    ConsultationFigures consultation(@PathVariable String consultationId) {
        ConsultationDefinition definition = definition(consultationId);
        return ConsultationFigures.of(definition, query.totals(consultationId));
    }

    @GetMapping("/questions/{questionId}/figures")
    QuestionFigures question(@PathVariable String consultationId, @PathVariable String questionId) {
        Question question = definition(consultationId).question(questionId)
                .orElseThrow(() -> notFound("No question " + questionId + " in consultation " + consultationId));
        return QuestionFigures.of(question, query.totals(consultationId));
    }

    private ConsultationDefinition definition(String consultationId) {
        return catalog.find(consultationId).orElseThrow(() -> notFound("No consultation " + consultationId));
    }

    /** Rendered as application/problem+json (RFC 9457) by Boot's problem-details handler. */
    private static ErrorResponseException notFound(String detail) {
        return new ErrorResponseException(HttpStatus.NOT_FOUND,
                ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail), null);
    }
}
