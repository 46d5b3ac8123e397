package uk.consultation.coding.emerging;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
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
    private final ProposedCandidates proposed;
    private final ConsultationOwner owner;
    private final CodeframeChanges changes;

    EmergingThemeController(ConsultationCatalog catalog, EmergingThemes emerging, ProposedCandidates proposed,
            ConsultationOwner owner, CodeframeChanges changes) {
        this.catalog = catalog;
        this.emerging = emerging;
        this.proposed = proposed;
        this.owner = owner;
        this.changes = changes;
    }

    /** The latest proposals, the same on every instance; made now if there are none yet. */
    @GetMapping
    List<ThemeCandidate> candidates(@PathVariable String consultationId,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) @Nullable String authorization) {
        consultation(catalog, consultationId);
        return proposed.latest(consultationId).orElseGet(() -> refresh(consultationId, authorization, null));
    }

    /**
     * Proposes again now from the latest answers, rather than at the next scheduled time, on the instance that holds
     * the consultation's unmatched sentences.
     */
    @PostMapping("/refresh")
    List<ThemeCandidate> refresh(@PathVariable String consultationId,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) @Nullable String authorization,
            @RequestHeader(name = ConsultationOwner.PASSED_ON, required = false) @Nullable String passedOn) {
        consultation(catalog, consultationId);
        return owner.elsewhere(consultationId)
                .map(elsewhere -> owner.proposeAt(elsewhere, consultationId, authorization, passedOn != null))
                .orElseGet(() -> emerging.proposeNow(consultationId));
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
