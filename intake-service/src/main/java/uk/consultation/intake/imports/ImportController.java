package uk.consultation.intake.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Survey platforms' exports, uploaded as {@code export}: the preview suggests a mapping, the import takes the export
 * again with the mapping (corrected where needed). Staff's page for the same is {@link ImportPageController}.
 */
@RestController
class ImportController {

    private static final String IMPORTS = "/api/v1/consultations/{consultationId}/imports";

    private final ExportImport imports;
    private final ExportSpool spool;

    ImportController(ExportImport imports, ExportSpool spool) {
        this.imports = imports;
        this.spool = spool;
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

    /** 200 with every row accepted (in Kafka) or refused with its reason. */
    @PostMapping(path = IMPORTS, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportReport importExport(@PathVariable String consultationId, @RequestParam MultipartFile export,
            @RequestPart ImportMapping mapping) throws IOException {
        Path spooled = spool.spool(export);
        try {
            return imports.run(consultationId, spooled, mapping);
        } finally {
            Files.deleteIfExists(spooled);
        }
    }
}
