package uk.consultation.reporting.figures;

import java.util.List;
import java.util.Set;

import com.mongodb.client.MongoDatabase;

import uk.consultation.schemas.coding.ResponseCoded;
import uk.consultation.schemas.consultation.ConsultationDefinition;

/**
 * The benchmark's way into reporting's package-private ledger: the code the listener runs for each poll, and the
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

    /** A record as a poll brings it. */
    public record Offered(ResponseCoded coding, int partition, long offset) {
    }

    /** As the listener does with a poll: the codings' contributions, recorded; how many changed the figures. */
    public long apply(List<Offered> poll) {
        FiguresLedger.Applied applied = ledger.apply(poll.stream()
                .map(record -> new FiguresLedger.Coded(record.coding(), definition, record.partition(),
                        record.offset()))
                .toList());
        if (applied.unusable() != null) {
            throw applied.unusable();
        }
        return applied.outcomes().stream().filter(outcome -> outcome == FiguresLedger.Outcome.APPLIED).count();
    }

    /** The counters the coding adds 1 to, as dotted paths under a figures document's {@code counts}. */
    public Set<String> counters(ResponseCoded coding) {
        return Contribution.of(coding, definition).counters();
    }
}
