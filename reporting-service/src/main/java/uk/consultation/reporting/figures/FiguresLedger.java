package uk.consultation.reporting.figures;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.ne;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.jspecify.annotations.Nullable;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

import uk.consultation.schemas.Channel;
import uk.consultation.schemas.coding.ResponseCoded;
import uk.consultation.schemas.consultation.ConsultationDefinition;

/**
 * Applies each coding's contribution to the figures exactly once, with no transactions: the store (and the embedded
 * one in particular) has none, and Kafka may deliver a record again.
 *
 * <p>Each response keeps one {@code contributions} document: the offset of the coding it came from, its counters and
 * the counters it replaced. Figures are kept in cells, one per consultation, received day, channel and partition,
 * each with the offset of the last record applied to it. A response's channel and received day never change across
 * its codings, and all its codings share a partition (the key is the response id), so every record touches exactly
 * one cell; a partition's records are processed in order, so a conditional update "only if the cell's offset is below
 * this record's" applies each record at most once, and writing the contribution first lets a replay after a crash
 * finish the job.
 */
class FiguresLedger {

    /** Enough for a drafted summary to quote one, with spares for when a coding is retracted. */
    static final int QUOTES_PER_THEME = 3;

    private final Supplier<FiguresStore> stores;

    /** @param stores the generation to write to, asked once per record: the live one, or one being rebuilt */
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

    Outcome record(ResponseCoded coding, ConsultationDefinition definition, int partition, long offset) {
        FiguresStore store = stores.get();
        Contribution contribution = Contribution.of(coding, definition);
        LocalDate receivedOn = coding.receivedAt().atZone(definition.timeZone()).toLocalDate();
        ResponseCoded.Campaign campaign = coding.campaign();
        if (campaign != null) {
            // The same for every member and every redelivery: writing it again changes nothing.
            store.campaigns().replaceOne(eq("_id", campaign.id()), new Document("_id", campaign.id())
                            .append("consultationId", coding.consultationId())
                            .append("canonicalResponseId", campaign.canonicalResponseId())
                            .append("canonicalText", campaign.canonicalText()),
                    new ReplaceOptions().upsert(true));
        }
        Document stored = store.contributions().find(eq("_id", coding.responseId())).first();
        Contribution replaced = Contribution.NONE;
        if (stored != null) {
            // Offsets are only comparable within a partition; one changes only if the topic is repartitioned.
            boolean samePartition = stored.getInteger("partition") == partition;
            long storedOffset = stored.get("offset", Number.class).longValue();
            if ((samePartition && storedOffset > offset) || coding.version() < stored.getInteger("version")) {
                return Outcome.SUPERSEDED;
            }
            if (!coding.consultationId().equals(stored.getString("consultationId"))) {
                throw new UnusableCodingException("Response " + coding.responseId() + " was coded for "
                        + stored.getString("consultationId") + ", now for " + coding.consultationId());
            }
            // Its earlier contribution is in the cell of its channel and day: a coding that moved it could not
            // retract that with one update.
            if (!coding.channel().wireName().equals(stored.getString("channel"))
                    || !receivedOn.toString().equals(stored.getString("receivedOn"))) {
                throw new UnusableCodingException("Response " + coding.responseId() + " was received by "
                        + stored.getString("channel") + " on " + stored.getString("receivedOn") + ", now by "
                        + coding.channel().wireName() + " on " + receivedOn);
            }
            // The same record again: what it replaced is kept, as the figures may or may not have taken it yet.
            boolean sameRecord = samePartition && storedOffset == offset;
            replaced = counters(stored.get(sameRecord ? "previous" : "counts", Document.class));
        }
        store.contributions().replaceOne(eq("_id", coding.responseId()), new Document("_id", coding.responseId())
                        .append("consultationId", coding.consultationId())
                        .append("channel", coding.channel().wireName())
                        .append("receivedOn", receivedOn.toString())
                        .append("partition", partition)
                        .append("offset", offset)
                        .append("version", coding.version())
                        .append("counts", Counts.nest(ones(contribution)))
                        .append("previous", Counts.nest(ones(replaced))),
                new ReplaceOptions().upsert(true));
        replaceQuotes(store, coding, replaced, ExampleQuote.of(coding, definition));
        FiguresCell cell = new FiguresCell(coding.consultationId(), receivedOn, coding.channel(), partition);
        return applyToFigures(store, cell, offset, contribution.changeFrom(replaced))
                ? Outcome.APPLIED
                : Outcome.ALREADY_APPLIED;
    }

    /** The offset of the last record applied in each partition, over all consultations. */
    Map<Integer, Long> appliedOffsets() {
        Map<Integer, Long> applied = new HashMap<>();
        for (Document cell : stores.get().figures().find().projection(Projections.include("partition", "offset"))) {
            applied.merge(cell.getInteger("partition"), cell.get("offset", Number.class).longValue(), Math::max);
        }
        return applied;
    }

    /**
     * Takes the response's quotes out of every question and theme its earlier coding named and the present one does
     * not (or words differently), then offers the present ones where there is room. Keyed by response id, so doing
     * it again changes nothing.
     */
    private static void replaceQuotes(FiguresStore store, ResponseCoded coding, Contribution replaced,
            List<ExampleQuote> quotes) {
        Map<String, String> present = new HashMap<>();
        quotes.forEach(quote -> present.put(quote.id(coding.consultationId()), quote.text()));
        Set<String> ids = new HashSet<>(present.keySet());
        replaced.themes().forEach(theme -> ids.add(ExampleQuote.id(coding.consultationId(), theme)));
        for (String id : ids) {
            Document stale = new Document("responseId", coding.responseId());
            String text = present.get(id);
            if (text != null) {
                stale.append("text", new Document("$ne", text));
            }
            store.quotes().updateOne(eq("_id", id), Updates.pull("examples", stale));
        }
        for (ExampleQuote quote : quotes) {
            try {
                store.quotes().updateOne(and(eq("_id", quote.id(coding.consultationId())),
                                ne("examples.responseId", coding.responseId()),
                                exists("examples." + (QUOTES_PER_THEME - 1), false)),
                        Updates.push("examples", new Document("responseId", coding.responseId())
                                .append("text", quote.text())),
                        new UpdateOptions().upsert(true));
            } catch (MongoWriteException e) {
                // The theme already has its few quotes: the upsert met the existing document.
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
            }
        }
    }

    private static boolean applyToFigures(FiguresStore store, FiguresCell cell, long offset, Map<String, Long> change) {
        List<Bson> updates = new ArrayList<>();
        change.forEach((counter, by) -> updates.add(Updates.inc("counts." + counter, by)));
        updates.add(Updates.set("consultationId", cell.consultationId()));
        updates.add(Updates.set("receivedOn", cell.receivedOn().toString()));
        updates.add(Updates.set("channel", cell.channel().wireName()));
        updates.add(Updates.set("partition", cell.partition()));
        updates.add(Updates.set("offset", offset));
        updates.add(Updates.set("updatedAt", Instant.now()));
        try {
            store.figures().updateOne(and(eq("_id", cell.id()), lt("offset", offset)), Updates.combine(updates),
                    new UpdateOptions().upsert(true));
            return true;
        } catch (MongoWriteException e) {
            // No cell below this offset, so the upsert tried to insert one and met the existing _id: the cell is
            // already at or past this record.
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    private static Contribution counters(@Nullable Document counts) {
        return new Contribution(Counts.flatten(counts).keySet());
    }

    private static Map<String, Integer> ones(Contribution contribution) {
        Map<String, Integer> ones = new HashMap<>();
        contribution.counters().forEach(counter -> ones.put(counter, 1));
        return ones;
    }

    /** One cell of the figures: what a filter by channel or received day sums over. */
    record FiguresCell(String consultationId, LocalDate receivedOn, Channel channel, int partition) {

        String id() {
            return consultationId + "#" + receivedOn + "#" + channel.wireName() + "#" + partition;
        }
    }
}
