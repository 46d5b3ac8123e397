package uk.consultation.intake.consultation;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import uk.consultation.intake.kafka.EventPublisher;
import uk.consultation.schemas.Topics;
import uk.consultation.schemas.consultation.ConsultationCatalog;
import uk.consultation.schemas.consultation.ConsultationDefinition;
import uk.consultation.schemas.consultation.ConsultationDefinitions;

/** Intake is the one writer of consultation definitions; every service reads them back from the compacted topic. */
@Component
class ConsultationRegistry {

    private static final Logger log = LoggerFactory.getLogger(ConsultationRegistry.class);

    private final ConsultationCatalog catalog;
    private final EventPublisher publisher;

    ConsultationRegistry(ConsultationCatalog catalog, EventPublisher publisher) {
        this.catalog = catalog;
        this.publisher = publisher;
    }

    /** Registers a new consultation; an existing one is changed only by a definition with a newer codeframe. */
    synchronized Registration register(ConsultationDefinition definition) {
        List<String> problems = ConsultationDefinitions.problems(definition);
        if (!problems.isEmpty()) {
            return Registration.invalid(problems);
        }
        var existing = catalog.find(definition.id());
        if (existing.isPresent() && existing.get().codeframeVersion() >= definition.codeframeVersion()) {
            return existing.get().equals(definition) ? Registration.UNCHANGED : Registration.CONFLICT;
        }
        publisher.publish(Topics.CONSULTATIONS, definition.id(), definition);
        catalog.accept(definition);
        log.info("Registered consultation {} with codeframe version {}", definition.id(), definition.codeframeVersion());
        return Registration.REGISTERED;
    }

    /** Publishes the consultations shipped with the system that the topic does not have yet, or has in an older form. */
    void registerBundled() {
        for (ConsultationDefinition definition : ConsultationDefinitions.bundled()) {
            Registration registration = register(definition);
            if (registration == Registration.CONFLICT) {
                log.warn("Consultation {} on the topic differs from the bundled one with the same codeframe version;"
                        + " keeping the topic's", definition.id());
            }
        }
    }

    record Registration(Outcome outcome, List<String> problems) {
        static final Registration REGISTERED = new Registration(Outcome.REGISTERED, List.of());
        static final Registration UNCHANGED = new Registration(Outcome.UNCHANGED, List.of());
        static final Registration CONFLICT = new Registration(Outcome.CONFLICT, List.of());

        static Registration invalid(List<String> problems) {
            return new Registration(Outcome.INVALID, problems);
        }
    }

    enum Outcome { REGISTERED, UNCHANGED, CONFLICT, INVALID }
}
