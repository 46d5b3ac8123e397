package uk.consultation.reporting.figures;

import static com.mongodb.client.model.Filters.eq;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;

/** Reads the figures a consultation's partitions hold and adds them up. */
@Component
class FiguresQuery {

    private final MongoCollection<Document> figures;
    private final MongoCollection<Document> campaigns;

    FiguresQuery(MongoDatabase database) {
        this.figures = database.getCollection(FiguresLedger.FIGURES);
        this.campaigns = database.getCollection(FiguresLedger.CAMPAIGNS);
    }

    /** Each campaign's first response and text preview, by campaign id; a scan, as campaigns are few. */
    Map<String, CampaignText> campaigns(String consultationId) {
        Map<String, CampaignText> found = new HashMap<>();
        for (Document campaign : campaigns.find(eq("consultationId", consultationId))) {
            found.put(campaign.getString("_id"), new CampaignText(campaign.getString("canonicalResponseId"),
                    campaign.getString("canonicalText")));
        }
        return found;
    }

    record CampaignText(String canonicalResponseId, String canonicalText) {
    }

    /** A scan, not an index lookup: there is one document per consultation and partition, and no other index. */
    Totals totals(String consultationId) {
        Map<String, Long> counts = new HashMap<>();
        @Nullable Instant asOf = null;
        for (Document partition : figures.find(eq("consultationId", consultationId))) {
            Counts.flatten(partition.get("counts", Document.class)).forEach((counter, n) -> counts.merge(counter, n, Long::sum));
            Date updatedAt = partition.getDate("updatedAt");
            if (asOf == null || updatedAt.toInstant().isAfter(asOf)) {
                asOf = updatedAt.toInstant();
            }
        }
        return new Totals(counts, asOf);
    }
}
