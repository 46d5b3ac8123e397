package uk.consultation.reporting.figures;

import java.util.Set;

import com.mongodb.client.MongoDatabase;

import uk.consultation.schemas.coding.ResponseCoded;
import uk.consultation.schemas.consultation.ConsultationDefinition;

/**
 * The benchmark's way into reporting's package-private ledger: the code the listener runs for each record, and the
 * counters a coding adds to, so that a raw loop can do the same increments. In reporting's package, in the bench
 * module only, so that reporting keeps its classes to itself.
 */
public final class LedgerBench {

    private final FiguresLedger ledger;
    private final ConsultationDefinition definition;

    public LedgerBench(MongoDatabase database, ConsultationDefinition definition) {
        this.ledger = new FiguresLedger(new FiguresGenerations(database)::live);
        this.definition = definition;
    }

    /** As the listener does: the coding's contribution, recorded; true when it changed the figures. */
    public boolean record(ResponseCoded coding, int partition, long offset) {
        return ledger.record(coding, definition, partition, offset)
                == FiguresLedger.Outcome.APPLIED;
    }

    /** The counters the coding adds 1 to, as dotted paths under a figures document's {@code counts}. */
    public Set<String> counters(ResponseCoded coding) {
        return Contribution.of(coding, definition).counters();
    }
}
