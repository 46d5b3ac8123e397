package uk.consultation.intake.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import jakarta.servlet.http.HttpSession;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

import uk.consultation.intake.form.FormErrors;
import uk.consultation.intake.receive.FieldError;
import uk.consultation.intake.receive.InvalidSubmissionException;
import uk.consultation.intake.receive.ResponseRecorder;
import uk.consultation.intake.receive.Text;
import uk.consultation.intake.receive.UnknownConsultationException;
import uk.consultation.schemas.consultation.ConsultationDefinition;

/**
 * Staff's page for importing an export, in three steps: choose the platform and the file; check the mapping the
 * preview suggests, choosing other columns where it is wrong; follow the import and read its report. The file is
 * uploaded once and held on the server between the first two steps ({@link HeldExport}); the import's page reads its
 * progress from the {@code imports} topic ({@link ImportLog}), so any instance shows it. Previews and imports through
 * the same {@link ExportImport} as the API.
 */
@Controller
@RequestMapping("/consultations/{consultationId}/imports")
class ImportPageController {

    private final ExportImport imports;
    private final ExportSpool spool;
    private final ImportLog importLog;
    private final ResponseRecorder recorder;

    ImportPageController(ExportImport imports, ExportSpool spool, ImportLog importLog, ResponseRecorder recorder) {
        this.imports = imports;
        this.spool = spool;
        this.importLog = importLog;
        this.recorder = recorder;
    }

    @GetMapping
    ModelAndView choose(@PathVariable String consultationId) {
        ModelAndView page = choosing(recorder.consultation(consultationId), null, List.of(), HttpStatus.OK);
        page.addObject("recent", importLog.recent(consultationId));
        return page;
    }

    @PostMapping("/preview")
    ModelAndView preview(@PathVariable String consultationId, @RequestParam(required = false) @Nullable String platform,
            @RequestParam(required = false) @Nullable MultipartFile export, HttpSession session) throws IOException {
        ConsultationDefinition consultation = recorder.consultation(consultationId);
        List<FieldError> missing = new ArrayList<>();
        if (Text.isBlank(platform)) {
            missing.add(new FieldError("platform", "Select the platform the export comes from"));
        }
        if (export == null || export.isEmpty()) {
            missing.add(new FieldError("export", "Select the export file"));
        }
        if (!missing.isEmpty()) {
            return choosing(consultation, platform, missing, HttpStatus.UNPROCESSABLE_CONTENT);
        }
        Path file;
        try {
            file = spool.spool(export);
        } catch (InvalidSubmissionException e) {
            return choosing(consultation, platform, e.errors(), HttpStatus.UNPROCESSABLE_CONTENT);
        }
        try {
            HeldExport held = HeldExport.hold(session, file, imports.preview(consultationId, platform, file));
            return mapping(consultation, held, MappingChoice.of(held), List.of(), HttpStatus.OK);
        } catch (InvalidSubmissionException e) {
            Files.deleteIfExists(file);
            return choosing(consultation, platform, e.errors(), HttpStatus.UNPROCESSABLE_CONTENT);
        } catch (IOException e) {
            Files.deleteIfExists(file);
            return choosing(consultation, platform, List.of(new FieldError("export",
                    "The file cannot be read as a CSV or XLSX export")), HttpStatus.UNPROCESSABLE_CONTENT);
        }
    }

    @PostMapping
    ModelAndView importExport(@PathVariable String consultationId, @ModelAttribute("choice") MappingChoice choice,
            HttpSession session, Principal staff) throws IOException {
        ConsultationDefinition consultation = recorder.consultation(consultationId);
        HeldExport held = HeldExport.find(session, choice.token());
        if (held == null) {
            return choosing(consultation, null, List.of(new FieldError("export",
                    "The export is no longer held: select it again")), HttpStatus.UNPROCESSABLE_CONTENT);
        }
        if (Text.isBlank(choice.responseIdColumn())) {
            return mapping(consultation, held, choice, List.of(new FieldError("mapping.responseIdColumn",
                    "Select the column of the platform's response id")), HttpStatus.UNPROCESSABLE_CONTENT);
        }
        ImportProgress started;
        try {
            started = imports.start(consultationId, held.file(), choice.applyTo(held.preview().mapping(), consultation),
                    staff.getName());
        } catch (InvalidSubmissionException e) {
            return mapping(consultation, held, choice, e.errors(), HttpStatus.UNPROCESSABLE_CONTENT);
        }
        held.release(session);
        return new ModelAndView("redirect:/consultations/" + consultationId + "/imports/" + started.importId());
    }

    /** The import's progress while it runs (the page's script polls the same address for JSON), then its report. */
    @GetMapping(path = "/{importId}", produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView progress(@PathVariable String consultationId, @PathVariable String importId) {
        ConsultationDefinition consultation = recorder.consultation(consultationId);
        ImportProgress progress = importLog.find(consultationId, importId).orElse(null);
        if (progress == null) {
            return new ModelAndView("form/not-found", HttpStatus.NOT_FOUND);
        }
        ModelAndView page = new ModelAndView("imports/report");
        page.addObject("consultation", consultation);
        page.addObject("report", progress);
        return page;
    }

    @GetMapping(path = "/{importId}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ImportProgress> progressForTheScript(@PathVariable String consultationId,
            @PathVariable String importId) {
        return ResponseEntity.of(importLog.find(consultationId, importId));
    }

    @ExceptionHandler
    ModelAndView unknownConsultation(UnknownConsultationException e) {
        return new ModelAndView("form/not-found", HttpStatus.NOT_FOUND);
    }

    private static ModelAndView choosing(ConsultationDefinition consultation, @Nullable String platform,
            List<FieldError> errors, HttpStatus status) {
        ModelAndView page = new ModelAndView("imports/choose", status);
        page.addObject("consultation", consultation);
        page.addObject("platforms", ExportPlatform.values());
        page.addObject("platform", platform);
        page.addObject("errors", errorsOf(errors));
        return page;
    }

    private static ModelAndView mapping(ConsultationDefinition consultation, HeldExport held, MappingChoice choice,
            List<FieldError> errors, HttpStatus status) {
        ModelAndView page = new ModelAndView("imports/mapping", status);
        page.addObject("consultation", consultation);
        page.addObject("preview", held.preview());
        page.addObject("choice", choice);
        // the tables in alphabetical order, as the mapping keeps none
        page.addObject("respondentTypes", new TreeMap<>(held.preview().mapping().respondentTypes()));
        page.addObject("positions", new TreeMap<>(held.preview().mapping().positions()));
        page.addObject("errors", errorsOf(errors));
        return page;
    }

    /** {@code mapping.questions.q1.positionColumn} is the control {@code q1-positionColumn}; the tables have none. */
    private static FormErrors errorsOf(List<FieldError> errors) {
        return new FormErrors(errors.stream().map(error -> {
            String[] path = error.field().split("\\.");
            String fieldId = switch (path.length) {
                case 1 -> path[0];
                case 2 -> path[0].equals("mapping") ? path[1] : "";
                case 4 -> path[1].equals("questions") ? path[2] + "-" + path[3] : "";
                default -> "";
            };
            return new FormErrors.Item(fieldId, error.message());
        }).toList());
    }
}
