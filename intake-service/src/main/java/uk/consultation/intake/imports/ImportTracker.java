package uk.consultation.intake.imports;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;

/**
 * One import's counts as the instance importing it keeps them, while it runs, and the snapshots of them it writes to
 * the {@code imports} topic: rows are read on one thread and acknowledged on others.
 */
final class ImportTracker {

    private final String importId;
    private final String consultationId;
    private final ImportMapping mapping;
    private final String startedBy;
    private final Clock clock;
    private final Instant startedAt;
    private final AtomicLong read = new AtomicLong();
    private final AtomicLong accepted = new AtomicLong();
    /** Guards itself and {@link #refusedRows}. */
    private final List<ImportProgress.RefusedRow> refused = new ArrayList<>();
    private long refusedRows;
    private volatile @Nullable Long rowsInFile;
    private volatile Instant written;

    ImportTracker(String importId, String consultationId, ImportMapping mapping, String startedBy, Clock clock) {
        this.importId = importId;
        this.consultationId = consultationId;
        this.mapping = mapping;
        this.startedBy = startedBy;
        this.clock = clock;
        this.startedAt = clock.instant();
        this.written = startedAt;
    }

    String importId() {
        return importId;
    }

    void counted(long rows) {
        rowsInFile = rows;
    }

    void read() {
        read.incrementAndGet();
    }

    long rowsRead() {
        return read.get();
    }

    void accepted() {
        accepted.incrementAndGet();
    }

    void refused(long row, String reason) {
        synchronized (refused) {
            refusedRows++;
            if (refused.size() < ImportProgress.MAX_LISTED) {
                refused.add(new ImportProgress.RefusedRow(row, reason));
            }
        }
    }

    /** Whether {@code every} has passed since the last snapshot. */
    boolean due(Duration every) {
        return !clock.instant().isBefore(written.plus(every));
    }

    ImportProgress running() {
        return snapshot(ImportProgress.State.RUNNING, ImportProgress.LISTED_WHILE_RUNNING, null, null);
    }

    ImportProgress finished() {
        return snapshot(ImportProgress.State.FINISHED, ImportProgress.MAX_LISTED, null, null);
    }

    ImportProgress interrupted(long atRow, String why) {
        return snapshot(ImportProgress.State.INTERRUPTED, ImportProgress.MAX_LISTED, atRow, why);
    }

    private ImportProgress snapshot(ImportProgress.State state, int listing, @Nullable Long atRow,
            @Nullable String why) {
        List<ImportProgress.RefusedRow> listed;
        long refusedSoFar;
        synchronized (refused) {
            // acknowledgements come back out of order
            listed = refused.stream().sorted(Comparator.comparingLong(ImportProgress.RefusedRow::row)).limit(listing)
                    .toList();
            refusedSoFar = refusedRows;
        }
        written = clock.instant();
        return new ImportProgress(importId, consultationId, mapping.platform(), mapping.survey(), startedBy, state,
                startedAt, written, rowsInFile, read.get(), accepted.get(), refusedSoFar, listed, atRow, why);
    }
}
