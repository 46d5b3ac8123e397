package uk.consultation.intake.consultation;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import uk.consultation.intake.kafka.EventPublisher;
import uk.consultation.schemas.Topics;
import uk.consultation.schemas.consultation.ConsultationCatalog;
import uk.consultation.schemas.consultation.ConsultationDefinition;
import uk.consultation.schemas.consultation.ConsultationDefinitions;
import uk.consultation.schemas.consultation.ConsultationScheduleChanged;

/** Intake is the one writer of consultation definitions; every service reads them back from the compacted topic. */
@Component
class ConsultationRegistry {

    private static final Logger log = LoggerFactory.getLogger(ConsultationRegistry.class);

    private final ConsultationCatalog catalog;
    private final EventPublisher publisher;
    private final Clock clock;

    ConsultationRegistry(ConsultationCatalog catalog, EventPublisher publisher, Clock clock) {
        this.catalog = catalog;
        this.publisher = publisher;
        this.clock = clock;
    }

    /**
     * Registers a new consultation; an existing one is changed only by a definition with a newer codeframe. Only an
     * administrator opens a consultation or changes anything but its codeframes; a change of its dates or retention
     * is recorded, before the definition that makes it, on {@code consultation-changes}.
     */
    synchronized Registration register(ConsultationDefinition definition, Registrant registrant) {
        List<String> problems = ConsultationDefinitions.problems(definition);
        if (!problems.isEmpty()) {
            return Registration.invalid(problems);
        }
        Optional<ConsultationDefinition> existing = catalog.find(definition.id());
        if (!registrant.administrator()) {
            if (existing.isEmpty()) {
                return Registration.forbidden(List.of());
            }
            List<String> changed = ConsultationChanges.beyondCodeframes(existing.get(), definition);
            if (!changed.isEmpty()) {
                return Registration.forbidden(changed);
            }
        }
        if (existing.isPresent() && existing.get().codeframeVersion() >= definition.codeframeVersion()) {
            return existing.get().equals(definition) ? Registration.UNCHANGED : Registration.CONFLICT;
        }
        if (existing.isPresent() && ConsultationChanges.movesSchedule(existing.get(), definition)) {
            publisher.publish(Topics.CONSULTATION_CHANGES, definition.id(), new ConsultationScheduleChanged(
                    definition.id(), registrant.name(), clock.instant(), definition.codeframeVersion(),
                    ConsultationScheduleChanged.Schedule.of(existing.get()),
                    ConsultationScheduleChanged.Schedule.of(definition)));
            // who made it is on the topic only: an account name is not for the logs
            log.info("Consultation {} changes its dates or retention with codeframe version {}, recorded on {}",
                    definition.id(), definition.codeframeVersion(), Topics.CONSULTATION_CHANGES.name());
        }
        publisher.publish(Topics.CONSULTATIONS, definition.id(), definition);
        catalog.accept(definition);
        log.info("Registered consultation {} with codeframe version {}", definition.id(), definition.codeframeVersion());
        return Registration.REGISTERED;
    }

    /** Publishes the consultations shipped with the system that the topic does not have yet, or has in an older form. */
    void registerBundled() {
        for (ConsultationDefinition definition : ConsultationDefinitions.bundled()) {
            Registration registration = register(definition, Registrant.BUNDLED);
            if (registration == Registration.CONFLICT) {
                log.warn("Consultation {} on the topic differs from the bundled one with the same codeframe version;"
                        + " keeping the topic's", definition.id());
            }
        }
    }

    /**
     * Who registers a definition.
     *
     * @param name          the account signed in, recorded with a change of dates or retention
     * @param administrator may open a consultation and change more than its codeframes
     */
    record Registrant(String name, boolean administrator) {
        /** The definitions shipped with the system, which stand for the administrators who configured it. */
        static final Registrant BUNDLED = new Registrant("intake-service (bundled definition)", true);
    }

    /**
     * @param problems why the definition is invalid, or, when forbidden, the fields it changes beyond the codeframes
     *                 (none: it opens a new consultation)
     */
    record Registration(Outcome outcome, List<String> problems) {
        static final Registration REGISTERED = new Registration(Outcome.REGISTERED, List.of());
        static final Registration UNCHANGED = new Registration(Outcome.UNCHANGED, List.of());
        static final Registration CONFLICT = new Registration(Outcome.CONFLICT, List.of());

        static Registration invalid(List<String> problems) {
            return new Registration(Outcome.INVALID, problems);
        }

        static Registration forbidden(List<String> changed) {
            return new Registration(Outcome.FORBIDDEN, changed);
        }
    }

    enum Outcome { REGISTERED, UNCHANGED, CONFLICT, INVALID, FORBIDDEN }
}
