package uk.consultation.intake.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import uk.consultation.intake.receive.FieldError;
import uk.consultation.intake.receive.InvalidSubmissionException;

/**
 * Survey platforms' exports, uploaded as {@code export}: the preview suggests a mapping, the import takes the export
 * again with the mapping (corrected where needed). The upload is spooled to a temporary file and read from there one
 * row at a time.
 */
@RestController
class ImportController {

    private static final String IMPORTS = "/api/v1/consultations/{consultationId}/imports";

    private final ExportImport imports;
    private final ImportSettings settings;

    ImportController(ExportImport imports, ImportSettings settings) {
        this.imports = imports;
        this.settings = settings;
    }

    /** 200 with the export's columns, its number of rows and a suggested mapping; nothing is recorded. */
    @PostMapping(path = IMPORTS + "/preview", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportPreview preview(@PathVariable String consultationId, @RequestParam String platform,
            @RequestParam MultipartFile export) throws IOException {
        Path spooled = spool(export);
        try {
            return imports.preview(consultationId, platform, spooled);
        } finally {
            Files.deleteIfExists(spooled);
        }
    }

    /** 200 with every row accepted (in Kafka) or refused with its reason. */
    @PostMapping(path = IMPORTS, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportReport importExport(@PathVariable String consultationId, @RequestParam MultipartFile export,
            @RequestPart ImportMapping mapping) throws IOException {
        Path spooled = spool(export);
        try {
            return imports.run(consultationId, spooled, mapping);
        } finally {
            Files.deleteIfExists(spooled);
        }
    }

    private Path spool(MultipartFile export) throws IOException {
        if (export.getSize() > settings.maxSize().toBytes()) {
            throw new InvalidSubmissionException(List.of(new FieldError("export",
                    "Must be at most " + settings.maxSize().toMegabytes() + " MB; split the export by date")));
        }
        Path spooled = Files.createTempFile("export-", ".upload");
        export.transferTo(spooled);
        return spooled;
    }
}
