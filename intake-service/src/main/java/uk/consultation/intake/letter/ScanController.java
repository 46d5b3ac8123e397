package uk.consultation.intake.letter;

import java.io.IOException;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
class ScanController {

    private final ScanReader reader;

    ScanController(ScanReader reader) {
        this.reader = reader;
    }

    /**
     * 200 with a draft transcription of the scan, as a staff tool's upload form sends it. Nothing is recorded: the
     * corrected draft is submitted to {@code /letters}.
     */
    @PostMapping(path = "/api/v1/consultations/{consultationId}/letters/scans",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    DraftTranscription draft(@PathVariable String consultationId, @RequestParam MultipartFile file,
            @RequestParam(required = false) @Nullable String scanReference) throws IOException {
        return reader.draft(consultationId, file, scanReference);
    }
}
