package uk.consultation.bench;

import static com.mongodb.client.model.Filters.eq;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.HdrHistogram.Histogram;
import org.bson.Document;
import org.bson.conversions.Bson;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;

import uk.consultation.localstack.EmbeddedMongo;
import uk.consultation.localstack.FreePorts;
import uk.consultation.reporting.figures.LedgerBench;
import uk.consultation.schemas.coding.ResponseCoded;
import uk.consultation.schemas.consultation.ConsultationDefinition;
import uk.consultation.schemas.consultation.ConsultationDefinitions;

/**
 * Reporting's figures ledger on the store the local stack runs (mongo-java-server, H2 file backend, over the wire):
 * (a) sustained codings per second through the ledger's own code, one at a time as its listener applies them;
 * (b) in turns with (a), a raw loop of bulk {@code $inc} upserts doing the same counter increments, no exactly-once
 * bookkeeping; (c) freshness, from a coding's offer to its change in the figures, when codings are offered at 50% and
 * 90% of (a)'s rate. Start it with {@code bench/reporting.sh}; see docs/benchmarks.md.
 */
public final class ReportingBenchmark {

    private static final String CONSULTATION = "integrated-communities-2018";
    private static final int PARTITIONS = 3;
    private static final double TARGET_SHARE_OF_RAW = 0.5;

    private final LedgerBench ledger;
    private final MongoCollection<Document> raw;
    private final CodingGenerator codings;
    private final long[] offsets = new long[PARTITIONS];

    private ReportingBenchmark(MongoDatabase database, ConsultationDefinition consultation) {
        this.ledger = new LedgerBench(database, consultation);
        this.raw = database.getCollection("rawFigures");
        this.codings = new CodingGenerator(consultation, 2018);
    }

    /** Arguments: {@code --rounds=4 --turn-seconds=5 --batch=100 --freshness-seconds=15}. */
    public static void main(String[] args) throws Exception {
        int rounds = argument(args, "rounds", 4);
        Duration turn = Duration.ofSeconds(argument(args, "turn-seconds", 5));
        int batch = argument(args, "batch", 100);
        Duration freshnessRun = Duration.ofSeconds(argument(args, "freshness-seconds", 15));
        Path work = Files.createTempDirectory("reporting-bench");
        try (EmbeddedMongo store = EmbeddedMongo.start(work.resolve("store.h2"), FreePorts.find(), "bench");
                MongoClient client = MongoClients.create(store.uri())) {
            ReportingBenchmark bench = new ReportingBenchmark(client.getDatabase("bench"),
                    ConsultationDefinitions.bundled(CONSULTATION));
            progress("Warming up each for %d s", turn.toSeconds());
            bench.ledgerTurn(turn);
            bench.rawTurn(turn, batch);
            long ledgerCodings = 0;
            long rawCodings = 0;
            long ledgerNanos = 0;
            long rawNanos = 0;
            for (int round = 1; round <= rounds; round++) {
                progress("Round %d of %d: %d s each", round, rounds, turn.toSeconds());
                // Each goes first in every other round, so neither always follows the other's garbage.
                for (int which = 0; which < 2; which++) {
                    boolean ledgerNow = (round + which) % 2 == 1;
                    long started = System.nanoTime();
                    long done = ledgerNow ? bench.ledgerTurn(turn) : bench.rawTurn(turn, batch);
                    long took = System.nanoTime() - started;
                    if (ledgerNow) {
                        ledgerCodings += done;
                        ledgerNanos += took;
                    } else {
                        rawCodings += done;
                        rawNanos += took;
                    }
                }
            }
            double ledgerRate = ledgerCodings / (ledgerNanos / 1e9);
            double rawRate = rawCodings / (rawNanos / 1e9);
            List<String> freshness = new ArrayList<>();
            for (double share : new double[] {0.5, 0.9}) {
                progress("Freshness: offering %.0f codings/s (%.0f%% of the ledger's rate) for %d s",
                        ledgerRate * share, share * 100, freshnessRun.toSeconds());
                Histogram latencies = bench.freshness(ledgerRate * share, freshnessRun);
                freshness.add(line("  at %3.0f%% (%,6.0f/s offered)  p50 %7.1f ms   p99 %7.1f ms   (%,d codings)%n",
                        share * 100, ledgerRate * share, latencies.getValueAtPercentile(50) / 1e3,
                        latencies.getValueAtPercentile(99) / 1e3, latencies.getTotalCount()));
            }
            double share = ledgerRate / rawRate;
            StringBuilder report = new StringBuilder(line("%nReporting benchmark: mongo-java-server (H2 file) over the"
                    + " wire, %d rounds of %d s per contender in turns, raw batches of %d, example consultation%n%n",
                    rounds, turn.toSeconds(), batch));
            report.append(line("%-44s %,12.0f%n", "figures ledger (exactly once), codings/s", ledgerRate));
            report.append(line("%-44s %,12.0f%n", "raw bulk $inc upserts, same increments, /s", rawRate));
            report.append(line("%nledger / raw: %.0f%%   target >= 50%%: %s%n%nFreshness, offer to figure change%n",
                    share * 100, share >= TARGET_SHARE_OF_RAW ? "met" : "NOT MET"));
            freshness.forEach(report::append);
            System.out.println(report);
        }
    }

    /** Codings through the ledger, one at a time, for as long as the turn lasts; returns how many. */
    private long ledgerTurn(Duration turn) {
        long end = System.nanoTime() + turn.toNanos();
        long done = 0;
        while (System.nanoTime() < end) {
            apply(codings.next());
            done++;
        }
        return done;
    }

    /** The same increments as raw bulk upserts, {@code batch} codings a round trip; returns how many codings. */
    private long rawTurn(Duration turn, int batch) {
        long end = System.nanoTime() + turn.toNanos();
        long done = 0;
        while (System.nanoTime() < end) {
            List<WriteModel<Document>> writes = new ArrayList<>(batch);
            for (int i = 0; i < batch; i++) {
                ResponseCoded coding = codings.next();
                List<Bson> increments = new ArrayList<>();
                ledger.counters(coding).forEach(counter -> increments.add(Updates.inc("counts." + counter, 1)));
                writes.add(new UpdateOneModel<>(eq("_id", coding.consultationId() + "#" + partition(coding)),
                        Updates.combine(increments), new UpdateOptions().upsert(true)));
            }
            raw.bulkWrite(writes);
            done += batch;
        }
        return done;
    }

    /**
     * Offers codings on a fixed schedule to one applier, as the listener is one consumer thread, and measures each
     * from its scheduled offer, not its actual one, so that a stall counts for every coding it delays.
     */
    private Histogram freshness(double perSecond, Duration run) throws InterruptedException {
        BlockingQueue<Long> offered = new LinkedBlockingQueue<>();
        Histogram latencies = new Histogram(TimeUnit.MINUTES.toMicros(1), 3);
        long interval = (long) (1e9 / perSecond);
        long start = System.nanoTime();
        long count = run.toNanos() / interval;
        Thread offer = new Thread(() -> {
            for (long i = 0; i < count; i++) {
                long due = start + i * interval;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                offered.add(due);
            }
        }, "offer");
        offer.start();
        for (long i = 0; i < count; i++) {
            long due = offered.take();
            apply(codings.next());
            latencies.recordValue(Math.max(0, (System.nanoTime() - due) / 1_000));
        }
        offer.join();
        return latencies;
    }

    private void apply(ResponseCoded coding) {
        int partition = partition(coding);
        if (!ledger.record(coding, partition, offsets[partition]++)) {
            throw new IllegalStateException("A new coding was not applied: " + coding.responseId());
        }
    }

    /** As Kafka's partitioner spreads response ids, closely enough for the figures documents' contention. */
    private static int partition(ResponseCoded coding) {
        return Math.floorMod(coding.responseId().hashCode(), PARTITIONS);
    }

    private static int argument(String[] args, String name, int otherwise) {
        for (String arg : args) {
            if (arg.startsWith("--" + name + "=")) {
                return Integer.parseInt(arg.substring(name.length() + 3));
            }
        }
        return otherwise;
    }

    private static void progress(String format, Object... values) {
        System.out.printf(format + "%n", values);
    }

    // Figures read the same whatever the machine's locale.
    private static String line(String format, Object... values) {
        return String.format(Locale.ROOT, format, values);
    }
}
