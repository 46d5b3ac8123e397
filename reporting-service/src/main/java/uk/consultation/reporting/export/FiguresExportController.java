package uk.consultation.reporting.export;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.consultation.reporting.figures.FiguresParameters;
import uk.consultation.reporting.figures.FiguresQuery;
import uk.consultation.reporting.figures.ReportedConsultations;

/** The figures as files, with the same choices as {@code /figures}. */
@RestController
@RequestMapping("/api/v1/consultations/{consultationId}")
class FiguresExportController {

    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ReportedConsultations consultations;
    private final FiguresQuery query;

    FiguresExportController(ReportedConsultations consultations, FiguresQuery query) {
        this.consultations = consultations;
        this.query = query;
    }

    @GetMapping("/figures.csv")
    ResponseEntity<String> csv(@PathVariable String consultationId, FiguresParameters parameters) {
        return ResponseEntity.ok().contentType(CSV).header(HttpHeaders.CONTENT_DISPOSITION,
                        attachment(consultationId + "-figures.csv"))
                .body(FiguresCsv.render(tables(consultationId, parameters)));
    }

    @GetMapping("/figures.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable String consultationId, FiguresParameters parameters) {
        return ResponseEntity.ok().contentType(XLSX).header(HttpHeaders.CONTENT_DISPOSITION,
                        attachment(consultationId + "-figures.xlsx"))
                .body(FiguresWorkbook.render(tables(consultationId, parameters)));
    }

    private FiguresTables tables(String consultationId, FiguresParameters parameters) {
        return FiguresTables.of(query.figures(consultations.definition(consultationId), parameters.selection()));
    }

    private static String attachment(String filename) {
        return ContentDisposition.attachment().filename(filename).build().toString();
    }
}
