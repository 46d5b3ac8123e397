package uk.consultation.intake.imports;

import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import uk.consultation.intake.kafka.EventPublisher;
import uk.consultation.intake.kafka.ReadBack;
import uk.consultation.schemas.EventJson;
import uk.consultation.schemas.Topics;

/**
 * Imports' progress on the compacted {@code imports} topic, keyed by import id: the importing instance writes it, and
 * any instance reads it back from the log when asked (as {@link SavedMappings} reads its mappings), so staff see an
 * import wherever their request lands and no instance's memory decides what they see. An import still running by
 * its record but not written for {@code intake.imports.progress-timeout} has lost its instance, and is shown as
 * interrupted.
 */
@Component
class ImportLog {

    private static final Logger log = LoggerFactory.getLogger(ImportLog.class);
    /** The imports a consultation's page lists, newest first. */
    private static final int RECENT = 20;

    private final EventPublisher publisher;
    private final ReadBack reader;
    private final ImportSettings settings;
    private final Clock clock;

    ImportLog(EventPublisher publisher, ReadBack reader, ImportSettings settings, Clock clock) {
        this.publisher = publisher;
        this.reader = reader;
        this.settings = settings;
        this.clock = clock;
    }

    void write(ImportProgress progress) {
        publisher.publish(Topics.IMPORTS, progress.importId(), progress);
    }

    Optional<ImportProgress> find(String consultationId, String importId) {
        AtomicReference<ImportProgress> latest = new AtomicReference<>();
        readAll(progress -> {
            if (progress.importId().equals(importId)) {
                latest.set(progress);
            }
        });
        return Optional.ofNullable(latest.get()).filter(progress -> progress.consultationId().equals(consultationId))
                .map(this::asSeen);
    }

    List<ImportProgress> recent(String consultationId) {
        Map<String, ImportProgress> latest = new HashMap<>();
        readAll(progress -> {
            if (progress.consultationId().equals(consultationId)) {
                latest.put(progress.importId(), progress);
            }
        });
        return latest.values().stream().sorted(Comparator.comparing(ImportProgress::startedAt).reversed())
                .limit(RECENT).map(this::asSeen).toList();
    }

    private ImportProgress asSeen(ImportProgress progress) {
        if (progress.running() && progress.updatedAt().plus(settings.progressTimeout()).isBefore(clock.instant())) {
            return progress.abandoned("The intake instance importing it stopped without finishing");
        }
        return progress;
    }

    private void readAll(Consumer<ImportProgress> each) {
        reader.readToEnd(Topics.IMPORTS, record -> {
            if (record.value() == null) {
                return;
            }
            try {
                each.accept(EventJson.fromBytes(record.value(), ImportProgress.class));
            } catch (RuntimeException e) {
                log.warn("Skipped an unreadable import's progress at {}-{}@{}", record.topic(), record.partition(),
                        record.offset());
            }
        });
    }
}
