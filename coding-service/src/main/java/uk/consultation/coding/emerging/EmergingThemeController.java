package uk.consultation.coding.emerging;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import uk.consultation.schemas.consultation.ConsultationCatalog;
import uk.consultation.schemas.consultation.ConsultationDefinition;

/** For analysts: the candidate themes of a consultation, proposing them again now, and accepting one. */
@RestController
@RequestMapping("/api/v1/consultations/{consultationId}/emerging-themes")
class EmergingThemeController {

    private final ConsultationCatalog catalog;
    private final EmergingThemes emerging;
    private final CodeframeChanges changes;

    EmergingThemeController(ConsultationCatalog catalog, EmergingThemes emerging, CodeframeChanges changes) {
        this.catalog = catalog;
        this.emerging = emerging;
        this.changes = changes;
    }

    /** The latest proposals. */
    @GetMapping
    List<ThemeCandidate> candidates(@PathVariable String consultationId) {
        consultation(catalog, consultationId);
        return emerging.candidates(consultationId);
    }

    /** Proposes again now from the latest answers, rather than at the next scheduled time. */
    @PostMapping("/refresh")
    List<ThemeCandidate> refresh(@PathVariable String consultationId) {
        consultation(catalog, consultationId);
        return emerging.proposeNow(consultationId);
    }

    /** Adds the candidate to its question's codeframe as a new codeframe version, then recodes every response. */
    @PostMapping("/{candidateId}/accept")
    @ResponseStatus(HttpStatus.ACCEPTED)
    CodeframeChanges.Accepted accept(@PathVariable String consultationId, @PathVariable String candidateId,
            @RequestBody CodeframeChanges.NewTheme theme) {
        return changes.accept(consultationId, candidateId, theme);
    }

    static ConsultationDefinition consultation(ConsultationCatalog catalog, String consultationId) {
        return catalog.find(consultationId).orElseThrow(() -> CodeframeChanges.problem(HttpStatus.NOT_FOUND,
                "Unknown consultation", "No consultation " + consultationId));
    }
}
