package uk.consultation.intake.consultation;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.consultation.access.StaffRole;
import uk.consultation.intake.receive.UnknownConsultationException;
import uk.consultation.schemas.consultation.ConsultationCatalog;
import uk.consultation.schemas.consultation.ConsultationDefinition;

@RestController
@RequestMapping("/api/v1/consultations")
class ConsultationController {

    private final ConsultationCatalog catalog;
    private final ConsultationRegistry registry;

    ConsultationController(ConsultationCatalog catalog, ConsultationRegistry registry) {
        this.catalog = catalog;
        this.registry = registry;
    }

    @GetMapping
    List<ConsultationDefinition> all() {
        return catalog.all();
    }

    @GetMapping("/{consultationId}")
    ConsultationDefinition one(@PathVariable String consultationId) {
        return catalog.find(consultationId).orElseThrow(() -> new UnknownConsultationException(consultationId));
    }

    /**
     * Administrators register consultations. Analysts (and coding-service, which accepts emerging themes for them) may
     * only register a new codeframe version of a consultation that exists, changing nothing but its codeframes: a new
     * consultation, its questions, dates and retention are not theirs to change.
     */
    @PostMapping
    ResponseEntity<?> register(@RequestBody ConsultationDefinition definition, HttpServletRequest request) {
        ConsultationRegistry.Registration registration = registry.register(definition,
                new ConsultationRegistry.Registrant(request.getRemoteUser(),
                        request.isUserInRole(StaffRole.ADMIN.role())));
        return switch (registration.outcome()) {
            // Only a registered id is known to be fit for a URI: an invalid one (a space, a brace) is a 422, not a 500
            case REGISTERED -> ResponseEntity.created(URI.create("/api/v1/consultations/" + definition.id()))
                    .body(definition);
            case UNCHANGED -> ResponseEntity.ok(definition);
            case CONFLICT -> ResponseEntity.status(HttpStatus.CONFLICT).body(conflict(definition));
            case INVALID -> ResponseEntity.unprocessableContent().body(invalid(registration.problems()));
            case FORBIDDEN -> ResponseEntity.status(HttpStatus.FORBIDDEN).body(forbidden(registration.problems()));
        };
    }

    private static ProblemDetail forbidden(List<String> changed) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, changed.isEmpty()
                ? "Only an administrator registers a new consultation; analysts register new codeframe versions of"
                        + " existing ones."
                : "Only an administrator changes a consultation beyond its codeframes; this definition changes "
                        + String.join(", ", changed) + ".");
        problem.setTitle("Forbidden");
        problem.setProperty("changed", changed);
        return problem;
    }

    private static ProblemDetail conflict(ConsultationDefinition definition) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "Consultation " + definition.id()
                + " already exists with a different definition; raise codeframeVersion to replace it");
        problem.setTitle("Consultation already exists");
        return problem;
    }

    private static ProblemDetail invalid(List<String> problems) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                "The consultation definition cannot be used: " + String.join("; ", problems));
        problem.setTitle("Invalid consultation definition");
        problem.setProperty("errors", problems.stream().map(ConsultationController::fieldError).toList());
        return problem;
    }

    private static Map<String, String> fieldError(String problem) {
        int colon = problem.indexOf(": ");
        return Map.of("field", problem.substring(0, colon), "message", problem.substring(colon + 2));
    }
}
