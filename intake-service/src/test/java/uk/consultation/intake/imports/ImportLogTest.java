package uk.consultation.intake.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import uk.consultation.intake.kafka.EventPublisher;
import uk.consultation.intake.kafka.ReadBack;
import uk.consultation.schemas.EventJson;
import uk.consultation.schemas.Topics;

/** What readers make of the {@code imports} topic, its records as the importing instances wrote them. */
class ImportLogTest {

    private static final Instant NOW = Instant.parse("2018-06-01T12:00:00Z");

    private final ReadBack reader = mock(ReadBack.class);
    private final ImportLog log = new ImportLog(mock(EventPublisher.class), reader,
            new ImportSettings(DataSize.ofMegabytes(10), 4, Duration.ofSeconds(1), Duration.ofSeconds(60)),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @BeforeEach
    void theTopicHolds() {
        List<ImportProgress> written = List.of(
                progress("stale", "c1", ImportProgress.State.RUNNING, NOW.minusSeconds(300), NOW.minusSeconds(61)),
                progress("live", "c1", ImportProgress.State.RUNNING, NOW.minusSeconds(200), NOW.minusSeconds(59)),
                progress("done", "c1", ImportProgress.State.RUNNING, NOW.minusSeconds(100), NOW.minusSeconds(90)),
                progress("done", "c1", ImportProgress.State.FINISHED, NOW.minusSeconds(100), NOW.minusSeconds(80)),
                progress("elsewhere", "c2", ImportProgress.State.RUNNING, NOW.minusSeconds(10), NOW.minusSeconds(1)));
        doAnswer(invocation -> {
            Consumer<ConsumerRecord<String, byte[]>> each = invocation.getArgument(1);
            long offset = 0;
            for (ImportProgress progress : written) {
                each.accept(new ConsumerRecord<>(Topics.IMPORTS.name(), 0, offset++, progress.importId(),
                        EventJson.toBytes(progress)));
            }
            each.accept(new ConsumerRecord<>(Topics.IMPORTS.name(), 0, offset, "unreadable", new byte[] {'{'}));
            return null;
        }).when(reader).readToEnd(eq(Topics.IMPORTS), any());
    }

    @Test
    void showsARunningImportNotWrittenForTheTimeoutAsInterruptedWithoutKnowingTheRow() {
        ImportProgress stale = log.find("c1", "stale").orElseThrow();
        assertThat(stale.state()).isEqualTo(ImportProgress.State.INTERRUPTED);
        assertThat(stale.interruption()).isEqualTo("The intake instance importing it stopped without finishing");
        assertThat(stale.interruptedAtRow()).isNull();
        assertThat(stale.updatedAt()).as("when it was last heard of").isEqualTo(NOW.minusSeconds(61));

        assertThat(log.find("c1", "live").orElseThrow().state()).isEqualTo(ImportProgress.State.RUNNING);
        assertThat(log.find("c1", "done").orElseThrow().state()).as("its latest record")
                .isEqualTo(ImportProgress.State.FINISHED);
    }

    @Test
    void findsAConsultationsOwnImportsOnlyNewestFirst() {
        assertThat(log.find("c2", "stale")).isEmpty();
        assertThat(log.find("c1", "elsewhere")).isEmpty();
        assertThat(log.recent("c1")).extracting(ImportProgress::importId).containsExactly("done", "live", "stale");
    }

    private static ImportProgress progress(String importId, String consultationId, ImportProgress.State state,
            Instant startedAt, Instant updatedAt) {
        return new ImportProgress(importId, consultationId, "smartsurvey", "survey", "transcriber", state, startedAt,
                updatedAt, 100L, 10, 9, 1, List.of(new ImportProgress.RefusedRow(5, "No response id in \"UserID\"")),
                null, null);
    }
}
