package uk.consultation.intake.imports;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where an import is, as the importing instance last wrote it on the {@code imports} topic, and in the end what it did:
 * every row read is either accepted (in Kafka, acknowledged) or refused with its reason, so a refused row can be
 * corrected and the export imported again, which adds only what is missing.
 *
 * @param survey           the survey the rows are imported as
 * @param startedBy        the staff member who started it
 * @param rowsInFile       the export's rows (the header aside), once counted: none until then
 * @param rowsRead         rows read so far; each is accepted, refused or still waiting for Kafka
 * @param refusedRows      how many rows were refused; all of them are listed once it has ended, but for an export
 *                         refused wholesale (beyond {@link #MAX_LISTED} rows, a wrong mapping), whose list stops
 *                         there; while it runs, the first {@link #LISTED_WHILE_RUNNING}
 * @param refused          the refused rows, by row number in the file (the header is row 1)
 * @param interruptedAtRow for an import stopped before its end, the first row not imported: every row before it is
 *                         accepted or refused; unknown (none) when its instance stopped without saying
 * @param interruption     why it stopped before its end
 */
record ImportProgress(String importId, String consultationId, String platform, String survey, String startedBy,
        State state, Instant startedAt, Instant updatedAt, @Nullable Long rowsInFile, long rowsRead, long accepted,
        long refusedRows, List<RefusedRow> refused, @Nullable Long interruptedAtRow, @Nullable String interruption) {

    /** A record of 10,000 refusals of a hundred-odd characters each stays far below a Kafka record's limit. */
    static final int MAX_LISTED = 10_000;
    /**
     * Refused rows a running import's snapshots list, enough to see a wrong mapping early: written every second, and
     * each read back whole until compaction, they stay small; the last one lists up to {@link #MAX_LISTED}.
     */
    static final int LISTED_WHILE_RUNNING = 100;

    enum State {
        @JsonProperty("running") RUNNING,
        @JsonProperty("finished") FINISHED,
        @JsonProperty("interrupted") INTERRUPTED
    }

    record RefusedRow(long row, String reason) {
    }

    boolean running() {
        return state == State.RUNNING;
    }

    /** As a reader shows it once its instance has stopped writing it without saying why: interrupted. */
    ImportProgress abandoned(String why) {
        return new ImportProgress(importId, consultationId, platform, survey, startedBy, State.INTERRUPTED, startedAt,
                updatedAt, rowsInFile, rowsRead, accepted, refusedRows, refused, null, why);
    }
}
