package uk.consultation.reporting.dashboard;

import static com.mongodb.client.model.Filters.in;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;

import uk.consultation.reporting.live.FiguresChanged;
import uk.consultation.schemas.Channel;

/**
 * New responses counted into the figures, per minute of their acceptance by intake and by channel: one document per
 * consultation and minute, {@code _id} {@code consultationId#minute}, so that reading the last hour is a lookup by
 * {@code _id}. Only first codings count (a recoding is not a new response). An operations view, not figures: a
 * crash between the figures and this count loses that one count, which the figures themselves never do.
 */
@Component
class ResponsesPerMinute {

    static final String COLLECTION = "responsesPerMinute";

    private final MongoCollection<Document> minutes;

    ResponsesPerMinute(MongoDatabase database) {
        this.minutes = database.getCollection(COLLECTION);
    }

    @EventListener
    void count(FiguresChanged change) {
        // A poll's new responses, summed by consultation, minute and channel: one upsert each, in one round trip.
        Map<String, Map<Channel, Integer>> counts = new TreeMap<>();
        Map<String, Document> keys = new TreeMap<>();
        for (FiguresChanged.Coding coding : change.codings()) {
            Instant acceptedAt = coding.acceptedAt();
            if (acceptedAt != null) {
                Instant minute = acceptedAt.truncatedTo(ChronoUnit.MINUTES);
                String id = id(coding.consultationId(), minute);
                counts.computeIfAbsent(id, key -> new EnumMap<>(Channel.class))
                        .merge(coding.channel(), 1, Integer::sum);
                keys.put(id, new Document("consultationId", coding.consultationId()).append("minute", minute));
            }
        }
        if (counts.isEmpty()) {
            return;
        }
        List<WriteModel<Document>> writes = new ArrayList<>();
        counts.forEach((id, byChannel) -> {
            List<Bson> updates = new ArrayList<>();
            byChannel.forEach((channel, n) -> updates.add(Updates.inc(channel.wireName(), n)));
            keys.get(id).forEach((field, value) -> updates.add(Updates.set(field, value)));
            writes.add(new UpdateOneModel<>(Filters.eq("_id", id), Updates.combine(updates),
                    new UpdateOptions().upsert(true)));
        });
        minutes.bulkWrite(writes);
    }

    /** The last {@code count} minutes up to {@code now}, oldest first, summed over the consultations. */
    List<MinuteFigures> last(int count, Instant now, Collection<String> consultationIds) {
        Instant newest = now.truncatedTo(ChronoUnit.MINUTES);
        Map<Instant, long[]> byMinute = new TreeMap<>();
        List<String> ids = new ArrayList<>();
        for (int i = count - 1; i >= 0; i--) {
            Instant minute = newest.minus(i, ChronoUnit.MINUTES);
            byMinute.put(minute, new long[Channel.values().length]);
            consultationIds.forEach(consultationId -> ids.add(id(consultationId, minute)));
        }
        for (Document found : minutes.find(in("_id", ids))) {
            long[] counts = byMinute.get(found.getDate("minute").toInstant());
            for (Channel channel : Channel.values()) {
                Number n = found.get(channel.wireName(), Number.class);
                counts[channel.ordinal()] += n == null ? 0 : n.longValue();
            }
        }
        return byMinute.entrySet().stream()
                .map(minute -> new MinuteFigures(minute.getKey(), minute.getValue()[Channel.ONLINE.ordinal()],
                        minute.getValue()[Channel.EMAIL.ordinal()], minute.getValue()[Channel.LETTER.ordinal()]))
                .toList();
    }

    private static String id(String consultationId, Instant minute) {
        return consultationId + "#" + minute;
    }

    record MinuteFigures(Instant minute, long online, long email, long letter) {
    }
}
