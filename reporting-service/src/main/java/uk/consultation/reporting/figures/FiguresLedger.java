package uk.consultation.reporting.figures;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.ne;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.jspecify.annotations.Nullable;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;

import uk.consultation.schemas.Channel;
import uk.consultation.schemas.coding.ResponseCoded;
import uk.consultation.schemas.consultation.ConsultationDefinition;

/**
 * Applies the codings of a poll to the figures exactly once, with no transactions: the store (and the embedded one in
 * particular) has none, and Kafka may deliver a record again, in a batch cut differently.
 *
 * <p>Each response keeps one {@code contributions} document: the offset of the coding it came from, its counters and
 * the counters it replaced. Figures are kept in cells, one per consultation, received day, channel and partition,
 * each with the offset of the last record applied to it. A response's channel and received day never change across
 * its codings, and all its codings share a partition (the key is the response id), so every record touches exactly
 * one cell. A batch is applied in a fixed number of round trips: its responses' contributions and its cells are read
 * with one {@code $in} each, the records are folded in offset order, and the contributions, the quotes, the cells and
 * the partitions' progress are written with one bulk write each, in that order (see docs/architecture.md for why that
 * order survives a crash between any two).
 */
class FiguresLedger {

    /** Enough for a drafted summary to quote one, with spares for when a coding is retracted. */
    static final int QUOTES_PER_THEME = 3;

    /** Two writers on one partition happen only briefly, after a rebalance: a poll that keeps losing is a fault. */
    private static final int RACES_LOST_AT_MOST = 10;
    private static final BulkWriteOptions IN_ORDER = new BulkWriteOptions().ordered(true);
    /** Each conditional write stands alone: one that loses a race must not keep the others from being written. */
    private static final BulkWriteOptions EACH_ALONE = new BulkWriteOptions().ordered(false);

    private final Supplier<FiguresStore> stores;

    /** @param stores the generation to write to, asked once per batch: the live one, or one being rebuilt */
    FiguresLedger(Supplier<FiguresStore> stores) {
        this.stores = stores;
    }

    enum Outcome {
        /** The figures now include this coding. */
        APPLIED,
        /** A redelivery of a record whose effect the figures already hold. */
        ALREADY_APPLIED,
        /** A later record or a newer coding of the response has been counted: this one no longer counts. */
        SUPERSEDED
    }

    /** A record of {@code responses-coded}, with the definition of its consultation. */
    record Coded(ResponseCoded coding, ConsultationDefinition definition, int partition, long offset) {
    }

    /**
     * What became of a batch: an outcome for each record before the first unusable one, which (with all after it) was
     * left out, with why.
     */
    record Applied(List<Outcome> outcomes, @Nullable UnusableCodingException unusable) {
    }

    /**
     * Applies the records, each partition's in offset order, up to the first that can never be counted.
     * Doing it again, or again from any record on, after a crash anywhere in it, gives the same figures.
     */
    Applied apply(List<Coded> batch) {
        FiguresStore store = stores.get();
        for (int attempt = 1; attempt < RACES_LOST_AT_MOST; attempt++) {
            Applied applied = applyOnce(store, batch);
            if (applied != null) {
                return applied;
            }
        }
        throw new IllegalStateException("Other writers kept changing the contributions of a poll's responses");
    }

    /** Null if a rival wrote some of these responses' contributions since they were read. */
    private @Nullable Applied applyOnce(FiguresStore store, List<Coded> batch) {
        Map<String, Held> stored = held(store, batch);
        Map<String, Held> held = new HashMap<>(stored);
        Outcome[] outcomes = new Outcome[batch.size()];
        Map<String, Held> written = new LinkedHashMap<>();
        Map<String, Document> campaigns = new LinkedHashMap<>();
        List<WriteModel<Document>> quotes = new ArrayList<>();
        List<Step> steps = new ArrayList<>();
        UnusableCodingException unusable = null;
        int taken = 0;
        for (; taken < batch.size(); taken++) {
            Coded record = batch.get(taken);
            ResponseCoded coding = record.coding();
            LocalDate receivedOn = coding.receivedAt().atZone(record.definition().timeZone()).toLocalDate();
            Held before = held.get(coding.responseId());
            Contribution replaced = Contribution.NONE;
            if (before != null) {
                if (before.supersedes(record)) {
                    outcomes[taken] = Outcome.SUPERSEDED;
                    continue;
                }
                try {
                    before.check(coding, receivedOn);
                } catch (UnusableCodingException e) {
                    unusable = e;
                    break;
                }
                replaced = before.replacedBy(record);
            }
            // Later records of the response in this batch replace this one, so fold through it.
            Contribution contribution = Contribution.of(coding, record.definition());
            Held now = new Held(coding.consultationId(), coding.channel().wireName(), coding.importedFrom(),
                    receivedOn.toString(), record.partition(), record.offset(), coding.version(), contribution, replaced,
                    true);
            held.put(coding.responseId(), now);
            written.put(coding.responseId(), now);
            ResponseCoded.Campaign campaign = coding.campaign();
            if (campaign != null) {
                // The same for every member and every redelivery: writing it again changes nothing.
                campaigns.put(campaign.id(), new Document("_id", campaign.id())
                        .append("consultationId", coding.consultationId())
                        .append("canonicalResponseId", campaign.canonicalResponseId())
                        .append("canonicalText", campaign.canonicalText()));
            }
            quotes.addAll(quoteWrites(coding, before != null, replaced, ExampleQuote.of(coding, record.definition())));
            steps.add(new Step(taken, new FiguresCell(coding.consultationId(), receivedOn, coding.channel(),
                    coding.importedFrom(), record.partition()), record.offset(), contribution.changeFrom(replaced)));
        }
        if (!campaigns.isEmpty()) {
            store.campaigns().bulkWrite(campaigns.values().stream().<WriteModel<Document>>map(campaign ->
                    new ReplaceOneModel<>(eq("_id", campaign.get("_id")), campaign,
                            new ReplaceOptions().upsert(true))).toList());
        }
        if (!written.isEmpty() && !contributionsWritten(store, written, stored)) {
            // Fold the poll again from what is there now; what this poll did write it finds as its own records, as
            // after a crash.
            return null;
        }
        if (!quotes.isEmpty()) {
            store.quotes().bulkWrite(quotes, IN_ORDER);
        }
        applyToCells(store, steps, outcomes);
        recordProgress(store, batch.subList(0, taken));
        return new Applied(Arrays.asList(outcomes).subList(0, taken), unusable);
    }

    /**
     * Where to resume reading each partition: one past the offset returned for it. A generation written before
     * progress was kept has none, so it is read again from the beginning once, which changes nothing.
     */
    Map<Integer, Long> appliedOffsets() {
        Map<Integer, Long> applied = new HashMap<>();
        for (Document partition : stores.get().progress().find()) {
            applied.put(partition.getInteger("_id"), partition.get("offset", Number.class).longValue());
        }
        return applied;
    }

    /**
     * Replaces each response's contribution only if it is still the one read (or still absent), so that a rival
     * writer's newer contribution is never put back to an older one; false if any was not.
     */
    private static boolean contributionsWritten(FiguresStore store, Map<String, Held> written,
            Map<String, Held> stored) {
        List<WriteModel<Document>> writes = new ArrayList<>();
        written.forEach((id, now) -> {
            Held read = stored.get(id);
            if (read == null) {
                // A rival's insert meanwhile makes this one a duplicate key: lost, like a guard that matches nothing.
                writes.add(new InsertOneModel<>(now.document(id)));
            } else {
                writes.add(new ReplaceOneModel<>(read.unchanged(id), now.document(id)));
            }
        });
        return allMatched(store.contributions(), writes);
    }

    /** The contributions the batch's responses hold, by response id. */
    private static Map<String, Held> held(FiguresStore store, List<Coded> batch) {
        Set<String> ids = new HashSet<>();
        batch.forEach(record -> ids.add(record.coding().responseId()));
        Map<String, Held> held = new HashMap<>();
        if (!ids.isEmpty()) {
            for (Document stored : store.contributions().find(in("_id", ids))) {
                held.put(stored.getString("_id"), Held.of(stored));
            }
        }
        return held;
    }

    /**
     * Folds each cell's records above the offset it holds into one conditional update, made only if the cell still
     * holds that offset: a rival writer (an instance that has not yet noticed a rebalance, or the live listener next
     * to a rebuild switching over) may have moved it since. A cell whose update lost is read again and done again.
     */
    private static void applyToCells(FiguresStore store, List<Step> steps, Outcome[] outcomes) {
        Map<String, List<Step>> pending = new LinkedHashMap<>();
        steps.forEach(step -> pending.computeIfAbsent(step.cell().id(), id -> new ArrayList<>()).add(step));
        // Names this batch's writes, so that a cell read again after a lost race shows whose update it holds.
        String writer = UUID.randomUUID().toString();
        while (!pending.isEmpty()) {
            Map<String, Document> cells = new HashMap<>();
            store.figures().find(in("_id", pending.keySet()))
                    .projection(Projections.include("partition", "offset", FiguresStore.GUARD))
                    .forEach(cell -> cells.put(cell.getString("_id"), cell));
            List<WriteModel<Document>> writes = new ArrayList<>();
            Set<String> written = new HashSet<>();
            pending.forEach((id, cellSteps) -> {
                Document cell = cells.get(id);
                long at = cell == null ? -1 : cell.get("offset", Number.class).longValue();
                Map<String, Long> change = new TreeMap<>();
                long target = at;
                for (Step step : cellSteps) {
                    if (step.offset() <= at) {
                        outcomes[step.index()] = Outcome.ALREADY_APPLIED;
                    } else {
                        step.change().forEach((counter, by) -> change.merge(counter, by, Long::sum));
                        target = step.offset();
                    }
                }
                if (target > at) {
                    written.add(id);
                    FiguresCell figuresCell = cellSteps.get(0).cell();
                    // A rival's insert meanwhile makes this one a duplicate key: lost, like a guard that matches nothing.
                    writes.add(cell == null
                            ? new InsertOneModel<>(newCell(figuresCell, target, change, writer))
                            : new UpdateOneModel<>(unchangedCell(cell), cellUpdate(figuresCell, target, change, writer)));
                }
            });
            if (writes.isEmpty() || allMatched(store.figures(), writes)) {
                cellsApplied(pending, written, outcomes);
                return;
            }
            // Some update matched nothing: a rival moved its cell. Which cells hold this batch's update says which.
            Set<String> won = new HashSet<>();
            store.figures().find(in("_id", written)).projection(Projections.include("writer"))
                    .forEach(cell -> {
                        if (writer.equals(cell.getString("writer"))) {
                            won.add(cell.getString("_id"));
                        }
                    });
            Map<String, List<Step>> lost = new LinkedHashMap<>();
            written.stream().filter(id -> !won.contains(id)).forEach(id -> lost.put(id, pending.get(id)));
            cellsApplied(pending, won, outcomes);
            pending.clear();
            pending.putAll(lost);
        }
    }

    /** Marks the records the cells' successful updates took in as applied. */
    private static void cellsApplied(Map<String, List<Step>> pending, Set<String> cells, Outcome[] outcomes) {
        cells.forEach(id -> pending.get(id).stream()
                .filter(step -> outcomes[step.index()] != Outcome.ALREADY_APPLIED)
                .forEach(step -> outcomes[step.index()] = Outcome.APPLIED));
    }

    /**
     * Whether every conditional write found its document as read; one that meanwhile someone else created did not
     * (its upsert met the existing {@code _id}).
     */
    private static boolean allMatched(MongoCollection<Document> collection, List<WriteModel<Document>> writes) {
        BulkWriteResult result;
        try {
            result = collection.bulkWrite(writes, EACH_ALONE);
        } catch (MongoBulkWriteException e) {
            if (e.getWriteErrors().stream().anyMatch(error ->
                    ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY)) {
                throw e;
            }
            return false;
        }
        return result.getMatchedCount() + result.getInsertedCount() + result.getUpserts().size() == writes.size();
    }

    /** Matches the cell only while it still holds the offset read. */
    private static Bson unchangedCell(Document cell) {
        long offset = cell.get("offset", Number.class).longValue();
        // Written before guards: found by _id and offset, a scan of the cells on the embedded store, once per cell.
        return cell.containsKey(FiguresStore.GUARD)
                ? eq(FiguresStore.GUARD, FiguresStore.guard(cell.getInteger("partition"), offset))
                : and(eq("_id", cell.getString("_id")), eq("offset", offset));
    }

    private static Bson cellUpdate(FiguresCell cell, long offset, Map<String, Long> change, String writer) {
        List<Bson> updates = new ArrayList<>();
        change.forEach((counter, by) -> updates.add(Updates.inc("counts." + counter, by)));
        cellFields(cell, offset, writer).forEach((field, value) -> updates.add(Updates.set(field, value)));
        return Updates.combine(updates);
    }

    private static Document newCell(FiguresCell cell, long offset, Map<String, Long> change, String writer) {
        Document created = new Document("_id", cell.id()).append("counts", Counts.nest(change));
        created.putAll(cellFields(cell, offset, writer));
        return created;
    }

    private static Document cellFields(FiguresCell cell, long offset, String writer) {
        Document fields = new Document("consultationId", cell.consultationId())
                .append("receivedOn", cell.receivedOn().toString())
                .append("channel", cell.channel().wireName());
        if (cell.importedFrom() != null) {
            fields.append("importedFrom", cell.importedFrom());
        }
        return fields.append("partition", cell.partition())
                .append("offset", offset)
                .append(FiguresStore.GUARD, FiguresStore.guard(cell.partition(), offset))
                .append("writer", writer)
                .append("updatedAt", Instant.now());
    }

    /** Last: every record of the batch up to these offsets is now in the figures. */
    private static void recordProgress(FiguresStore store, List<Coded> taken) {
        Map<Integer, Long> last = new TreeMap<>();
        taken.forEach(record -> last.merge(record.partition(), record.offset(), Math::max));
        if (!last.isEmpty()) {
            store.progress().bulkWrite(last.entrySet().stream().<WriteModel<Document>>map(partition ->
                    new UpdateOneModel<>(eq("_id", partition.getKey()), Updates.max("offset", partition.getValue()),
                            new UpdateOptions().upsert(true))).toList());
        }
    }

    /**
     * Takes the response's quotes out of every question and theme its earlier coding named and the present one does
     * not (or words differently), then offers the present ones where there is room. Keyed by response id, so doing
     * it again changes nothing. In order: a later record of the response in the batch pulls what this one pushed.
     *
     * @param held whether the response has a contribution yet; without one it has no quotes either, as quotes are
     *             written after contributions, so there is nothing to take out
     */
    private static List<WriteModel<Document>> quoteWrites(ResponseCoded coding, boolean held, Contribution replaced,
            List<ExampleQuote> quotes) {
        List<WriteModel<Document>> writes = new ArrayList<>();
        Map<String, String> present = new HashMap<>();
        quotes.forEach(quote -> present.put(quote.id(coding.consultationId()), quote.text()));
        Set<String> ids = new HashSet<>(held ? present.keySet() : Set.of());
        replaced.themes().forEach(theme -> ids.add(ExampleQuote.id(coding.consultationId(), theme)));
        for (String id : ids) {
            Document stale = new Document("responseId", coding.responseId());
            String text = present.get(id);
            if (text != null) {
                stale.append("text", new Document("$ne", text));
            }
            writes.add(new UpdateOneModel<>(eq("_id", id), Updates.pull("examples", stale)));
        }
        for (ExampleQuote quote : quotes) {
            String id = quote.id(coding.consultationId());
            // Created empty first, so that offering to a theme that has its few quotes matches nothing rather than
            // failing the ordered write with a duplicate key.
            writes.add(new UpdateOneModel<>(eq("_id", id), Updates.setOnInsert("examples", List.of()),
                    new UpdateOptions().upsert(true)));
            writes.add(new UpdateOneModel<>(and(eq("_id", id), ne("examples.responseId", coding.responseId()),
                    exists("examples." + (QUOTES_PER_THEME - 1), false)),
                    Updates.push("examples", new Document("responseId", coding.responseId())
                            .append("text", quote.text()))));
        }
        return writes;
    }

    private static Contribution counters(@Nullable Document counts) {
        return new Contribution(Counts.flatten(counts).keySet());
    }

    private static Map<String, Integer> ones(Contribution contribution) {
        Map<String, Integer> ones = new HashMap<>();
        contribution.counters().forEach(counter -> ones.put(counter, 1));
        return ones;
    }

    /** A record's change to its cell, and where it stands in the batch. */
    private record Step(int index, FiguresCell cell, long offset, Map<String, Long> change) {
    }

    /**
     * A response's contribution document: what the figures count for it once its record is in its cell.
     *
     * @param guarded whether the stored document has its {@link #guard}: those written before it existed have not
     */
    private record Held(String consultationId, String channel, @Nullable String importedFrom, String receivedOn,
            int partition, long offset, int version, Contribution counts, Contribution previous, boolean guarded) {

        static Held of(Document stored) {
            return new Held(stored.getString("consultationId"), stored.getString("channel"),
                    stored.getString("importedFrom"), stored.getString("receivedOn"), stored.getInteger("partition"),
                    stored.get("offset", Number.class).longValue(), stored.getInteger("version"),
                    counters(stored.get("counts", Document.class)), counters(stored.get("previous", Document.class)),
                    stored.containsKey(FiguresStore.GUARD));
        }

        /** Matches the stored document only while it still holds the contribution read. */
        Bson unchanged(String responseId) {
            // Written before guards: found by _id and offset, a scan on the embedded store, once per such response.
            return guarded ? eq(FiguresStore.GUARD, FiguresStore.guard(partition, offset))
                    : and(eq("_id", responseId), eq("partition", partition), eq("offset", offset));
        }

        Document document(String responseId) {
            Document document = new Document("_id", responseId)
                    .append(FiguresStore.GUARD, FiguresStore.guard(partition, offset))
                    .append("consultationId", consultationId)
                    .append("channel", channel);
            if (importedFrom != null) {
                document.append("importedFrom", importedFrom);
            }
            return document
                    .append("receivedOn", receivedOn)
                    .append("partition", partition)
                    .append("offset", offset)
                    .append("version", version)
                    .append("counts", Counts.nest(ones(counts)))
                    .append("previous", Counts.nest(ones(previous)));
        }

        /** Offsets are only comparable within a partition; one changes only if the topic is repartitioned. */
        boolean supersedes(Coded record) {
            return (partition == record.partition() && offset > record.offset())
                    || record.coding().version() < version;
        }

        /**
         * The response's earlier contribution is in the cell of its channel, import source and day: a coding that moved it could not
         * retract that with one update.
         */
        void check(ResponseCoded coding, LocalDate day) {
            if (!coding.consultationId().equals(consultationId)) {
                throw new UnusableCodingException("Response " + coding.responseId() + " was coded for "
                        + consultationId + ", now for " + coding.consultationId());
            }
            if (!coding.channel().wireName().equals(channel) || !day.toString().equals(receivedOn)
                    || !Objects.equals(coding.importedFrom(), importedFrom)) {
                throw new UnusableCodingException("Response " + coding.responseId() + " was received by " + channel
                        + " on " + receivedOn + ", now by " + coding.channel().wireName() + " on " + day);
            }
        }

        /** The same record again: what it replaced is kept, as its cell may or may not have taken it yet. */
        Contribution replacedBy(Coded record) {
            return partition == record.partition() && offset == record.offset() ? previous : counts;
        }
    }

    /**
     * One cell of the figures: what a filter by channel, import source or received day sums over. A response imported
     * from a platform's export has cells of its own, named by the platform after the channel.
     */
    record FiguresCell(String consultationId, LocalDate receivedOn, Channel channel, @Nullable String importedFrom,
            int partition) {

        String id() {
            return consultationId + "#" + receivedOn + "#" + channel.wireName()
                    + (importedFrom == null ? "" : ":" + importedFrom) + "#" + partition;
        }
    }
}
