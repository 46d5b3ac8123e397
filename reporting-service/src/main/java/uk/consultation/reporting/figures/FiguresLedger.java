package uk.consultation.reporting.figures;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

import uk.consultation.schemas.coding.ResponseCoded;

/**
 * Applies each coding's contribution to the figures exactly once, with no transactions: the store (and the embedded
 * one in particular) has none, and Kafka may deliver a record again.
 *
 * <p>Each response keeps one {@code contributions} document: the offset of the coding it came from, its counters and
 * the counters it replaced. Figures are kept per consultation and partition, with the offset of the last record
 * applied. All codings of a response share a partition (the key is the response id) and a partition's records are
 * processed in order, so a conditional update "only if the figures' offset is below this record's" applies each
 * record at most once, and writing the contribution first lets a replay after a crash finish the job.
 */
@Component
class FiguresLedger {

    static final String CONTRIBUTIONS = "contributions";
    static final String FIGURES = "figures";
    /** What report authors see of each campaign besides its size: its first response and a preview of its text. */
    static final String CAMPAIGNS = "campaigns";

    private final MongoCollection<Document> contributions;
    private final MongoCollection<Document> figures;
    private final MongoCollection<Document> campaigns;

    FiguresLedger(MongoDatabase database) {
        this.contributions = database.getCollection(CONTRIBUTIONS);
        this.figures = database.getCollection(FIGURES);
        this.campaigns = database.getCollection(CAMPAIGNS);
    }

    enum Outcome {
        /** The figures now include this coding. */
        APPLIED,
        /** A redelivery of a record whose effect the figures already hold. */
        ALREADY_APPLIED,
        /** A later record or a newer coding of the response has been counted: this one no longer counts. */
        SUPERSEDED
    }

    Outcome record(ResponseCoded coding, Contribution contribution, int partition, long offset) {
        ResponseCoded.Campaign campaign = coding.campaign();
        if (campaign != null) {
            // The same for every member and every redelivery: writing it again changes nothing.
            campaigns.replaceOne(eq("_id", campaign.id()), new Document("_id", campaign.id())
                            .append("consultationId", coding.consultationId())
                            .append("canonicalResponseId", campaign.canonicalResponseId())
                            .append("canonicalText", campaign.canonicalText()),
                    new ReplaceOptions().upsert(true));
        }
        Document stored = contributions.find(eq("_id", coding.responseId())).first();
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
            // The same record again: what it replaced is kept, as the figures may or may not have taken it yet.
            boolean sameRecord = samePartition && storedOffset == offset;
            replaced = counters(stored.get(sameRecord ? "previous" : "counts", Document.class));
        }
        contributions.replaceOne(eq("_id", coding.responseId()), new Document("_id", coding.responseId())
                        .append("consultationId", coding.consultationId())
                        .append("partition", partition)
                        .append("offset", offset)
                        .append("version", coding.version())
                        .append("counts", Counts.nest(ones(contribution)))
                        .append("previous", Counts.nest(ones(replaced))),
                new ReplaceOptions().upsert(true));
        return applyToFigures(coding.consultationId(), partition, offset, contribution.changeFrom(replaced))
                ? Outcome.APPLIED
                : Outcome.ALREADY_APPLIED;
    }

    /** The offset of the last record applied in each partition, over all consultations. */
    Map<Integer, Long> appliedOffsets() {
        Map<Integer, Long> applied = new HashMap<>();
        for (Document document : figures.find().projection(Projections.include("partition", "offset"))) {
            applied.merge(document.getInteger("partition"), document.get("offset", Number.class).longValue(), Math::max);
        }
        return applied;
    }

    private boolean applyToFigures(String consultationId, int partition, long offset, Map<String, Long> change) {
        List<Bson> updates = new ArrayList<>();
        change.forEach((counter, by) -> updates.add(Updates.inc("counts." + counter, by)));
        updates.add(Updates.set("consultationId", consultationId));
        updates.add(Updates.set("partition", partition));
        updates.add(Updates.set("offset", offset));
        updates.add(Updates.set("updatedAt", Instant.now()));
        String id = consultationId + "#" + partition;
        try {
            figures.updateOne(and(eq("_id", id), lt("offset", offset)), Updates.combine(updates),
                    new UpdateOptions().upsert(true));
            return true;
        } catch (MongoWriteException e) {
            // No document below this offset, so the upsert tried to insert one and met the existing _id: the
            // figures are already at or past this record.
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
}
