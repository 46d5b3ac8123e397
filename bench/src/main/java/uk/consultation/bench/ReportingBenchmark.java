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
import java.util.function.LongSupplier;

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
 * (a) sustained codings per second through the ledger's own code, a record a poll, as a quiet listener gets them;
 * (b) the same with full polls, as the listener gets them in a backlog; (c) a raw loop of bulk {@code $inc} upserts
 * doing the same counter increments, no exactly-once bookkeeping; (a), (b) and (c) in turns; (d) freshness, from a
 * coding's offer to its change in the figures, when codings are offered at 50% and 90% of (b)'s rate to one applier
 * that takes whatever has queued, up to a poll; (e) growth, a poll's time as a fresh store fills. Start it with
 * {@code bench/reporting.sh}; see docs/benchmarks.md.
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

    /**
     * Arguments: {@code --rounds=3 --turn-seconds=5 --batch=100 --poll=500 --freshness-seconds=15
     * --growth-responses=40000}.
     */
    public static void main(String[] args) throws Exception {
        int rounds = argument(args, "rounds", 3);
        Duration turn = Duration.ofSeconds(argument(args, "turn-seconds", 5));
        int batch = argument(args, "batch", 100);
        int poll = argument(args, "poll", 500);
        Duration freshnessRun = Duration.ofSeconds(argument(args, "freshness-seconds", 15));
        int growthResponses = argument(args, "growth-responses", 40_000);
        Path work = Files.createTempDirectory("reporting-bench");
        try (EmbeddedMongo store = EmbeddedMongo.start(work.resolve("store.h2"), FreePorts.find(), "bench");
                MongoClient client = MongoClients.create(store.uri())) {
            ReportingBenchmark bench = new ReportingBenchmark(client.getDatabase("bench"),
                    ConsultationDefinitions.bundled(CONSULTATION));
            List<Contender> contenders = List.of(
                    new Contender("figures ledger, a record a poll, codings/s", () -> bench.ledgerTurn(turn, 1)),
                    new Contender("figures ledger, polls of " + poll + ", codings/s",
                            () -> bench.ledgerTurn(turn, poll)),
                    new Contender("raw bulk $inc upserts, same increments, /s", () -> bench.rawTurn(turn, batch)));
            progress("Warming up each for %d s", turn.toSeconds());
            for (Contender contender : contenders) {
                contender.turn().getAsLong();
            }
            long[] done = new long[contenders.size()];
            long[] nanos = new long[contenders.size()];
            for (int round = 1; round <= rounds; round++) {
                progress("Round %d of %d: %d s each", round, rounds, turn.toSeconds());
                // Each goes first in turn, so none always follows another's garbage.
                for (int which = 0; which < contenders.size(); which++) {
                    int now = (round + which) % contenders.size();
                    long started = System.nanoTime();
                    done[now] += contenders.get(now).turn().getAsLong();
                    nanos[now] += System.nanoTime() - started;
                }
            }
            double[] rates = new double[contenders.size()];
            for (int i = 0; i < rates.length; i++) {
                rates[i] = done[i] / (nanos[i] / 1e9);
            }
            double single = rates[0];
            double bulk = rates[1];
            double rawRate = rates[2];
            List<String> freshness = new ArrayList<>();
            for (double share : new double[] {0.5, 0.9}) {
                progress("Freshness: offering %.0f codings/s (%.0f%% of the bulk ledger's rate) for %d s",
                        bulk * share, share * 100, freshnessRun.toSeconds());
                Histogram latencies = bench.freshness(bulk * share, freshnessRun, poll);
                freshness.add(line("  at %3.0f%% (%,6.0f/s offered)  p50 %7.1f ms   p99 %7.1f ms   (%,d codings)%n",
                        share * 100, bulk * share, latencies.getValueAtPercentile(50) / 1e3,
                        latencies.getValueAtPercentile(99) / 1e3, latencies.getTotalCount()));
            }
            progress("Growth: polls of %d into a fresh store until it holds %,d responses", poll, growthResponses);
            Growth growth = new ReportingBenchmark(client.getDatabase("growth"),
                    ConsultationDefinitions.bundled(CONSULTATION)).growth(growthResponses, poll);
            double share = bulk / rawRate;
            StringBuilder report = new StringBuilder(line("%nReporting benchmark: mongo-java-server (H2 file) over the"
                    + " wire, %d rounds of %d s per contender in turns, raw batches of %d, example consultation%n%n",
                    rounds, turn.toSeconds(), batch));
            for (int i = 0; i < rates.length; i++) {
                report.append(line("%-48s %,12.0f%n", contenders.get(i).name(), rates[i]));
            }
            report.append(line("%npolls of %d / a record a poll: %.1fx%n", poll, bulk / single));
            report.append(line("polls of %d / raw: %.0f%%   target >= 50%%: %s%n%nFreshness, offer to figure change%n",
                    poll, share * 100, share >= TARGET_SHARE_OF_RAW ? "met" : "NOT MET"));
            freshness.forEach(report::append);
            report.append(line("%nGrowth, a poll of %d as the store fills (per-response cost must not grow with the"
                    + " responses before it)%n  first %d polls (0 to %,d earlier responses)  %7.1f ms a poll%n"
                    + "  last %d polls (%,d to %,d earlier)  %7.1f ms a poll%n  last / first: %.2f%n",
                    poll, growth.polls(), growth.polls() * poll, growth.firstMillis(), growth.polls(),
                    growthResponses - growth.polls() * poll, growthResponses, growth.lastMillis(),
                    growth.lastMillis() / growth.firstMillis()));
            System.out.println(report);
        }
    }

    private record Contender(String name, LongSupplier turn) {
    }

    /** Codings through the ledger, {@code poll} at a time, for as long as the turn lasts; returns how many. */
    private long ledgerTurn(Duration turn, int poll) {
        long end = System.nanoTime() + turn.toNanos();
        long done = 0;
        while (System.nanoTime() < end) {
            List<ResponseCoded> batch = new ArrayList<>(poll);
            for (int i = 0; i < poll; i++) {
                batch.add(codings.next());
            }
            apply(batch);
            done += poll;
        }
        return done;
    }

    /** Mean milliseconds a poll over the first and the last tenth of the polls that fill a fresh store. */
    private record Growth(int polls, double firstMillis, double lastMillis) {
    }

    /** Polls of new codings until the store holds {@code responses}, timing each. */
    private Growth growth(int responses, int poll) {
        int polls = responses / poll;
        long[] nanos = new long[polls];
        for (int i = 0; i < polls; i++) {
            List<ResponseCoded> batch = new ArrayList<>(poll);
            for (int j = 0; j < poll; j++) {
                batch.add(codings.next());
            }
            long started = System.nanoTime();
            apply(batch);
            nanos[i] = System.nanoTime() - started;
        }
        int tenth = Math.max(1, polls / 10);
        long first = 0;
        long last = 0;
        for (int i = 0; i < tenth; i++) {
            first += nanos[i];
            last += nanos[polls - 1 - i];
        }
        return new Growth(tenth, first / 1e6 / tenth, last / 1e6 / tenth);
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
     * Offers codings on a fixed schedule to one applier, as the listener is one consumer thread, which takes whatever
     * has queued, up to a poll; each is measured from its scheduled offer, not its actual one, so that a stall counts
     * for every coding it delays.
     */
    private Histogram freshness(double perSecond, Duration run, int poll) throws InterruptedException {
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
        long taken = 0;
        while (taken < count) {
            List<Long> due = new ArrayList<>();
            due.add(offered.take());
            offered.drainTo(due, poll - 1);
            List<ResponseCoded> batch = new ArrayList<>(due.size());
            due.forEach(each -> batch.add(codings.next()));
            apply(batch);
            long now = System.nanoTime();
            due.forEach(each -> latencies.recordValue(Math.max(0, (now - each) / 1_000)));
            taken += due.size();
        }
        offer.join();
        return latencies;
    }

    /** New codings, as a poll brings them, each partition's in offset order; every one must change the figures. */
    private void apply(List<ResponseCoded> batch) {
        List<LedgerBench.Offered> poll = new ArrayList<>(batch.size());
        for (ResponseCoded coding : batch) {
            int partition = partition(coding);
            poll.add(new LedgerBench.Offered(coding, partition, offsets[partition]++));
        }
        long applied = ledger.apply(poll);
        if (applied != batch.size()) {
            throw new IllegalStateException(applied + " of " + batch.size() + " new codings were applied");
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
