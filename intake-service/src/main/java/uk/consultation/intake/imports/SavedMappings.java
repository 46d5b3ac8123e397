package uk.consultation.intake.imports;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import uk.consultation.intake.kafka.EventPublisher;
import uk.consultation.intake.kafka.ReadBack;
import uk.consultation.schemas.EventJson;
import uk.consultation.schemas.Topics;

/**
 * The mapping last used for each survey's exports, on the compacted {@code import-mappings} topic, keyed by the
 * consultation, the platform and the fingerprint of the export's header row: the same survey's next export has the
 * same header, so its preview offers the mapping staff settled on. Read back from the log for each preview, as no
 * intake instance keeps it: a topic of a few records per consultation.
 */
@Component
class SavedMappings {

    private static final Logger log = LoggerFactory.getLogger(SavedMappings.class);

    private final EventPublisher publisher;
    private final ReadBack reader;

    SavedMappings(EventPublisher publisher, ReadBack reader) {
        this.publisher = publisher;
        this.reader = reader;
    }

    void save(String consultationId, List<String> header, ImportMapping mapping) {
        publisher.publish(Topics.IMPORT_MAPPINGS, key(consultationId, mapping.platform(), header), mapping);
    }

    Optional<ImportMapping> find(String consultationId, String platform, List<String> header) {
        String key = key(consultationId, platform, header);
        AtomicReference<ImportMapping> latest = new AtomicReference<>();
        reader.readToEnd(Topics.IMPORT_MAPPINGS, record -> {
            if (!key.equals(record.key())) {
                return;
            }
            try {
                latest.set(record.value() == null ? null : EventJson.fromBytes(record.value(), ImportMapping.class));
            } catch (RuntimeException e) {
                log.warn("Skipped an unreadable mapping at {}-{}@{}", record.topic(), record.partition(),
                        record.offset());
            }
        });
        return Optional.ofNullable(latest.get());
    }

    private static String key(String consultationId, String platform, List<String> header) {
        return consultationId + "/" + platform + "/" + MappingSuggestion.fingerprint(header);
    }
}
