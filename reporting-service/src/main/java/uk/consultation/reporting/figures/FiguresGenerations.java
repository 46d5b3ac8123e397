package uk.consultation.reporting.figures;

import static com.mongodb.client.model.Filters.eq;

import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;

/**
 * Which generation of the figures is live: a small pointer document, read at start and changed only when a rebuild
 * switches over. One reporting instance is the deployment; a second would read the pointer only when it starts.
 */
@Component
class FiguresGenerations {

    static final String POINTER = "figures-generation";
    private static final String ID = "live";

    private final MongoDatabase database;
    private final MongoCollection<Document> pointer;
    /** Read on first use rather than at start, so that a store still away at start is waited for, not fatal. */
    private volatile @Nullable FiguresStore live;

    FiguresGenerations(MongoDatabase database) {
        this.database = database;
        this.pointer = database.getCollection(POINTER);
    }

    FiguresStore live() {
        FiguresStore known = live;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (live == null) {
                Document stored = pointer.find(eq("_id", ID)).first();
                live = FiguresStore.of(database, stored == null ? 1 : stored.get("generation", Number.class).longValue())
                        .indexed();
            }
            return live;
        }
    }

    /** The generation after the live one, emptied of whatever an earlier, unfinished rebuild left in it. */
    FiguresStore next() {
        FiguresStore next = FiguresStore.of(database, live().generation() + 1);
        next.drop();
        return next.indexed();
    }

    /** Makes {@code store} the live generation, then drops the one it replaces. */
    synchronized void switchTo(FiguresStore store) {
        FiguresStore old = live();
        pointer.replaceOne(eq("_id", ID), new Document("_id", ID).append("generation", store.generation()),
                new ReplaceOptions().upsert(true));
        live = store;
        old.drop();
    }
}
