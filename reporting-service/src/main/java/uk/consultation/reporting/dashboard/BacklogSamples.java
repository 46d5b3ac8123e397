package uk.consultation.reporting.dashboard;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lt;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.springframework.stereotype.Component;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

/**
 * Recent samples of how many records the figures have still to take in, where every reporting instance sees them: one
 * document per {@code reporting.operations.sample-every} ({@code _id} the period's start), upserted by whichever
 * instance reads the operations figures in that period, so a second sample in it replaces the first; samples older
 * than {@code trend-over} are trimmed as new ones come, so the collection stays a few dozen documents.
 */
@Component
class BacklogSamples {

    static final String COLLECTION = "backlogSamples";

    private final MongoCollection<Document> samples;
    private final OperationsSettings settings;

    BacklogSamples(MongoDatabase database, OperationsSettings settings) {
        this.samples = database.getCollection(COLLECTION);
        this.settings = settings;
    }

    /** Keeps this sample, and says how the backlog has moved over the samples up to it. */
    BacklogTrend sample(long records, Instant now) {
        long every = settings.sampleEvery().toMillis();
        Instant period = Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), every) * every);
        samples.updateOne(eq("_id", period), Updates.combine(Updates.set("at", now), Updates.set("records", records)),
                new UpdateOptions().upsert(true));
        Instant since = now.minus(settings.trendOver());
        samples.deleteMany(lt("_id", since));
        List<BacklogTrend.Sample> recent = new ArrayList<>();
        for (Document sample : samples.find(gte("_id", since))) {
            recent.add(new BacklogTrend.Sample(sample.getDate("at").toInstant(),
                    sample.get("records", Number.class).longValue()));
        }
        return BacklogTrend.of(records, recent);
    }
}
