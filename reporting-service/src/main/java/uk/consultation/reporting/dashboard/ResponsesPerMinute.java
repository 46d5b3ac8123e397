package uk.consultation.reporting.dashboard;

import static com.mongodb.client.model.Filters.in;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.bson.Document;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

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
        Instant acceptedAt = change.acceptedAt();
        if (acceptedAt == null) {
            return;
        }
        Instant minute = acceptedAt.truncatedTo(ChronoUnit.MINUTES);
        minutes.updateOne(Filters.eq("_id", id(change.consultationId(), minute)),
                Updates.combine(Updates.inc(change.channel().wireName(), 1),
                        Updates.set("consultationId", change.consultationId()),
                        Updates.set("minute", minute)),
                new UpdateOptions().upsert(true));
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
