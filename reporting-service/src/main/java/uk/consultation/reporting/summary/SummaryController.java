package uk.consultation.reporting.summary;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.consultation.reporting.figures.FiguresParameters;
import uk.consultation.reporting.figures.ReportedConsultations;
import uk.consultation.schemas.consultation.ConsultationDefinition;

/** The drafted summary of responses for the whole consultation, with the same choices as the figures. */
@RestController
@RequestMapping("/api/v1/consultations/{consultationId}")
class SummaryController {

    static final MediaType MARKDOWN = MediaType.parseMediaType("text/markdown;charset=UTF-8");
    static final MediaType WORD = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final ReportedConsultations consultations;
    private final SummaryDrafter drafter;

    SummaryController(ReportedConsultations consultations, SummaryDrafter drafter) {
        this.consultations = consultations;
        this.drafter = drafter;
    }

    @GetMapping("/summary.md")
    ResponseEntity<String> markdown(@PathVariable String consultationId, FiguresParameters parameters) {
        return ResponseEntity.ok().contentType(MARKDOWN)
                .body(SummaryMarkdown.render(draft(consultationId, parameters)));
    }

    @GetMapping("/summary.docx")
    ResponseEntity<byte[]> word(@PathVariable String consultationId, FiguresParameters parameters) {
        return ResponseEntity.ok().contentType(WORD)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(consultationId + "-summary.docx").build().toString())
                .body(SummaryDocument.render(draft(consultationId, parameters)));
    }

    private DraftedSummary draft(String consultationId, FiguresParameters parameters) {
        ConsultationDefinition definition = consultations.definition(consultationId);
        return drafter.draft(definition, parameters.selection());
    }
}
