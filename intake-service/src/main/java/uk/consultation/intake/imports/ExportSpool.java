package uk.consultation.intake.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

import uk.consultation.intake.receive.FieldError;
import uk.consultation.intake.receive.InvalidSubmissionException;

/** Spools an uploaded export to a temporary file, read from there one row at a time; the caller deletes it. */
@Component
class ExportSpool {

    private final ImportSettings settings;

    ExportSpool(ImportSettings settings) {
        this.settings = settings;
    }

    Path spool(MultipartFile export) throws IOException {
        if (export.getSize() > settings.maxSize().toBytes()) {
            throw new InvalidSubmissionException(List.of(new FieldError("export",
                    "Must be at most " + settings.maxSize().toMegabytes() + " MB; split the export by date")));
        }
        Path spooled = Files.createTempFile("export-", ".upload");
        export.transferTo(spooled);
        return spooled;
    }
}
