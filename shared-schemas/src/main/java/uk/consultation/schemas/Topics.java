package uk.consultation.schemas;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.kafka.clients.admin.NewTopic;

import uk.consultation.schemas.coding.ResponseCoded;
import uk.consultation.schemas.coding.ResponseReviewed;
import uk.consultation.schemas.consultation.ConsultationDefinition;
import uk.consultation.schemas.consultation.ConsultationScheduleChanged;
import uk.consultation.schemas.response.ResponseContact;
import uk.consultation.schemas.response.ResponseQuarantined;
import uk.consultation.schemas.response.ResponseReceived;

/** Every topic in the system, with its key and value types and its single writer. */
public final class Topics {

    /**
     * The largest record any topic takes, in bytes: each topic's {@code max.message.bytes}, the broker's
     * {@code message.max.bytes} and {@code replica.fetch.max.bytes}, coding-service's {@code max.request.size} and every
     * consumer's {@code max.partition.fetch.bytes} (application.yml, docker-compose.yml, the local stack's broker).
     * Settings that must agree with it are not overridable one by one.
     */
    public static final int MAX_RECORD_BYTES = 8 * 1024 * 1024;

    /**
     * The largest response intake publishes (its producer's {@code max.request.size}): half a record, so that coding's
     * record of the same response, which carries its text again with the evidence for its themes, still fits. Intake
     * refuses a larger one with 413.
     */
    public static final int MAX_RESPONSE_BYTES = MAX_RECORD_BYTES / 2;

    /** Consultation definitions keyed by consultation id; every service reads it from the beginning. */
    public static final Topic<String, ConsultationDefinition> CONSULTATIONS =
            new Topic<>("consultations", String.class, ConsultationDefinition.class, "intake-service", true, true);

    /**
     * Each response as received, keyed by response id so that all of a response's events share a partition. Compacted:
     * the latest record of every response is kept for ever, and an erasure's tombstone removes its text from the log.
     */
    public static final Topic<String, ResponseReceived> RESPONSES_RECEIVED =
            new Topic<>("responses-received", String.class, ResponseReceived.class, "intake-service", true, false);

    /**
     * Who changed a consultation's dates or retention, when, and what they were before and after, keyed by consultation
     * id. Kept for ever and never compacted: every change stays, not only the latest.
     */
    public static final Topic<String, ConsultationScheduleChanged> CONSULTATION_CHANGES =
            new Topic<>("consultation-changes", String.class, ConsultationScheduleChanged.class, "intake-service", false,
                    true);

    /** Respondents' names and email addresses, kept apart from the text; read by intake only. */
    public static final Topic<String, ResponseContact> RESPONSE_CONTACTS =
            new Topic<>("response-contacts", String.class, ResponseContact.class, "intake-service", true, true);

    /**
     * Messages in a consultation mailbox that could not become responses, keyed by {@code consultationId/messageId};
     * read by no service, kept for the team to inspect. A subject can name its sender and no erasure reaches a record
     * here, so kept 90 days, never compacted.
     */
    public static final Topic<String, ResponseQuarantined> RESPONSES_QUARANTINED =
            new Topic<>("responses-quarantined", String.class, ResponseQuarantined.class, "intake-service", false,
                    false, Duration.ofDays(90));

    /**
     * Each coding of a response, keyed by response id; a later record for the same response supersedes the earlier.
     * Compacted, so that the latest coding of every response is kept for ever.
     */
    public static final Topic<String, ResponseCoded> RESPONSES_CODED =
            new Topic<>("responses-coded", String.class, ResponseCoded.class, "coding-service", true, false);

    /**
     * Every coding coding-service makes (automatic codings, reviews, erasures), keyed by consultation id, on its way
     * to the one writer of {@code responses-coded}: coding-service's campaign step (Kafka Streams), which places each
     * in its campaign. Its value, coding-service's own {@code campaign.Ungrouped}, is read by that step alone. Only a
     * hand-over: kept a week, never compacted.
     */
    public static final Topic<String, Object> RESPONSES_CODED_UNGROUPED =
            new Topic<>("responses-coded-ungrouped", String.class, Object.class, "coding-service", false, false,
                    Duration.ofDays(7));

    /**
     * The sentences of each coded response that no codeframe theme fits, with their vectors, keyed by consultation id
     * so that one consultation's land in one Kafka Streams task of coding-service, which keeps them per question for
     * emerging themes. Its value, coding-service's own {@code theme.ResponseUnmatched}, is read by that step alone; a
     * record with no sentences (an erasure) drops the response's. Only a hand-over: kept a week, never compacted.
     */
    public static final Topic<String, Object> UNMATCHED_SENTENCES =
            new Topic<>("unmatched-sentences", String.class, Object.class, "coding-service", false, false,
                    Duration.ofDays(7));

    /**
     * The latest candidate themes proposed for each consultation, keyed by consultation id: coding-service's own
     * {@code emerging.ThemeCandidates}, which every instance of it reads whole to answer analysts. Compacted: the
     * latest proposal of every consultation is kept.
     */
    public static final Topic<String, Object> THEME_CANDIDATES =
            new Topic<>("theme-candidates", String.class, Object.class, "coding-service", true, false);

    /** Analysts' reviews of codings, keyed by response id; coding-service applies each as the response's next coding. */
    public static final Topic<String, ResponseReviewed> RESPONSES_REVIEWED =
            new Topic<>("responses-reviewed", String.class, ResponseReviewed.class, "coding-service", false,
                    false);

    /**
     * The mapping of a survey platform's export to a consultation's questions, as last used, keyed by
     * {@code consultationId/platform/header fingerprint}, so the next export of the same survey is imported the same
     * way. Its value, intake-service's own {@code imports.ImportMapping}, is read by intake alone. Compacted, on one
     * partition: a few records per consultation.
     */
    public static final Topic<String, Object> IMPORT_MAPPINGS =
            new Topic<>("import-mappings", String.class, Object.class, "intake-service", true, true);

    /**
     * Each use of a source key (an API client's idempotency key, an email's Message-ID, a letter's scan reference) with
     * the content it came with, keyed by {@code SHA-256(consultationId, source key)/SHA-256(content)}, the value the
     * response id; so no raw key, which can hold an address, is kept. Every intake instance reads it whole into a
     * global store and refuses the key with other content. Compacted: every claim is kept for ever.
     */
    public static final Topic<String, String> RESPONSE_KEYS =
            new Topic<>("response-keys", String.class, String.class, "intake-service", true, false);

    /**
     * Where each import of a survey platform's export is, keyed by its import id: the importing intake instance writes
     * the rows read, accepted and refused (with their reasons) every second or so and when it ends, and every instance
     * reads it back to show staff the import. Its value, intake-service's own {@code imports.ImportProgress}, is read
     * by intake alone. Compacted, on one partition: the latest of each import is kept.
     */
    public static final Topic<String, Object> IMPORTS =
            new Topic<>("imports", String.class, Object.class, "intake-service", true, true);

    /** The header on every dead letter that says, in a sentence, why its record could not be processed. */
    public static final String DEAD_LETTER_REASON_HEADER = "dlt-reason";

    /**
     * On a response's first coding only (not a recoding, not a campaign's re-publication): when intake sent the
     * response, the timestamp of its {@code responses-received} record, as an ISO-8601 instant. Reporting measures
     * freshness, acceptance to figure change, from it.
     */
    public static final String ACCEPTED_AT_HEADER = "accepted-at";

    /**
     * Topics whose consumers dead-letter the records they cannot process: coding-service's listener and Kafka Streams
     * application, and reporting-service's listener.
     */
    public static final List<Topic<String, ?>> CONSUMED_WITH_DEAD_LETTERS = List.of(RESPONSES_RECEIVED, RESPONSES_CODED,
            RESPONSES_REVIEWED, RESPONSES_CODED_UNGROUPED, UNMATCHED_SENTENCES, THEME_CANDIDATES);

    public static final List<Topic<String, ?>> ALL =
            List.of(CONSULTATIONS, CONSULTATION_CHANGES, RESPONSES_RECEIVED, RESPONSE_CONTACTS, RESPONSES_QUARANTINED,
                    RESPONSES_CODED, RESPONSES_CODED_UNGROUPED, UNMATCHED_SENTENCES, THEME_CANDIDATES,
                    RESPONSES_REVIEWED, IMPORT_MAPPINGS, RESPONSE_KEYS, IMPORTS);

    /** The topic of this name whose failed records have a dead-letter topic; none for another (an internal one). */
    public static Optional<Topic<String, ?>> withDeadLetters(String name) {
        return CONSUMED_WITH_DEAD_LETTERS.stream().filter(topic -> topic.name().equals(name)).findFirst();
    }

    /** Every topic and dead-letter topic; each service declares them all, so whichever starts first creates them. */
    public static List<NewTopic> newTopics(int partitions, short replicas) {
        List<NewTopic> topics = new ArrayList<>();
        ALL.forEach(topic -> topics.add(topic.newTopic(topic.singlePartition() ? 1 : partitions, replicas)));
        CONSUMED_WITH_DEAD_LETTERS.forEach(topic -> topics.add(topic.newDeadLetterTopic(partitions, replicas)));
        return topics;
    }

    private Topics() {
    }
}
