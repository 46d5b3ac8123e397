package uk.consultation.intake.imports;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Principal;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import uk.consultation.intake.receive.ResponseRecorder;

/**
 * Survey platforms' exports, uploaded as {@code export}: the preview suggests a mapping, the import takes the export
 * again with the mapping (corrected where needed) and runs in the background, its progress readable from any intake
 * instance. Staff's page for the same is {@link ImportPageController}.
 */
@RestController
class ImportController {

    private static final String IMPORTS = "/api/v1/consultations/{consultationId}/imports";

    private final ExportImport imports;
    private final ExportSpool spool;
    private final ImportLog importLog;
    private final ResponseRecorder recorder;

    ImportController(ExportImport imports, ExportSpool spool, ImportLog importLog, ResponseRecorder recorder) {
        this.imports = imports;
        this.spool = spool;
        this.importLog = importLog;
        this.recorder = recorder;
    }

    /** 200 with the export's columns, its number of rows and a suggested mapping; nothing is recorded. */
    @PostMapping(path = IMPORTS + "/preview", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportPreview preview(@PathVariable String consultationId, @RequestParam String platform,
            @RequestParam MultipartFile export) throws IOException {
        Path spooled = spool.spool(export);
        try {
            return imports.preview(consultationId, platform, spooled);
        } finally {
            Files.deleteIfExists(spooled);
        }
    }

    /**
     * 202 once the mapping fits the export and the import is under way, with its progress so far and its address in
     * {@code Location}; 422 with what is wrong with the mapping, and nothing imported.
     */
    @PostMapping(path = IMPORTS, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ImportProgress> importExport(@PathVariable String consultationId,
            @RequestParam MultipartFile export, @RequestPart ImportMapping mapping, Principal staff)
            throws IOException {
        Path spooled = spool.spool(export);
        try {
            ImportProgress progress = imports.start(consultationId, spooled, mapping, staff.getName());
            return ResponseEntity.accepted().location(URI.create("/api/v1/consultations/" + consultationId
                    + "/imports/" + progress.importId())).body(progress);
        } finally {
            Files.deleteIfExists(spooled);
        }
    }

    /**
     * 200 with the import's progress: while {@code running}, the rows read, accepted and refused so far; once
     * {@code finished}, every row accepted or refused with its reason; {@code interrupted} if it stopped before its
     * end. 404 for an import this consultation never had.
     */
    @GetMapping(IMPORTS + "/{importId}")
    ResponseEntity<?> progress(@PathVariable String consultationId, @PathVariable String importId) {
        recorder.consultation(consultationId);
        return importLog.find(consultationId, importId).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> {
                    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                            "No import " + importId + " into " + consultationId);
                    problem.setTitle("Unknown import");
                    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
                });
    }

    /** 200 with the consultation's latest imports, newest first. */
    @GetMapping(IMPORTS)
    List<ImportProgress> recent(@PathVariable String consultationId) {
        recorder.consultation(consultationId);
        return importLog.recent(consultationId);
    }
}
