package uk.consultation.intake.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The snapshots an import writes: its refused rows in row order, the running ones listing only the first. */
class ImportTrackerTest {

    private final ImportTracker tracker = new ImportTracker("import-1", "c1", new ImportMapping("smartsurvey",
            "survey", "UserID", null, null, Map.of(), null, null, null, List.of(), Map.of()), "transcriber",
            Clock.fixed(Instant.parse("2018-06-01T12:00:00Z"), ZoneOffset.UTC));

    @Test
    void listsTheFirstHundredRefusedRowsWhileRunningAndThemAllInTheEndInRowOrder() {
        for (long row = 151; row >= 2; row--) {
            tracker.read();
            tracker.refused(row, "No response id in \"UserID\"");
        }

        ImportProgress running = tracker.running();
        assertThat(running.refusedRows()).isEqualTo(150);
        assertThat(running.refused()).hasSize(ImportProgress.LISTED_WHILE_RUNNING)
                .extracting(ImportProgress.RefusedRow::row).startsWith(2L, 3L).endsWith(101L);
        ImportProgress finished = tracker.finished();
        assertThat(finished.refused()).hasSize(150).extracting(ImportProgress.RefusedRow::row)
                .isSorted().startsWith(2L).endsWith(151L);
        assertThat(tracker.interrupted(152, "shut down").refused()).hasSize(150);
    }
}
