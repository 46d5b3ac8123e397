package uk.consultation.reporting.figures;

import org.bson.Document;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;

/**
 * The collections one generation of the figures lives in. A rebuild fills the next generation from the log while the
 * current one is still read, then switches over and drops the old.
 */
record FiguresStore(
        long generation,
        MongoCollection<Document> contributions,
        MongoCollection<Document> figures,
        MongoCollection<Document> campaigns,
        MongoCollection<Document> quotes,
        MongoCollection<Document> progress) {

    static final String CONTRIBUTIONS = "contributions";
    static final String FIGURES = "figures";
    /** What report authors see of each campaign besides its size: its first response and a preview of its text. */
    static final String CAMPAIGNS = "campaigns";
    /** A few example sentences per question and theme, for the drafted summary. */
    static final String QUOTES = "quotes";
    /** Per partition, the offset up to which every record is in the figures: where reading resumes. */
    static final String PROGRESS = "progress";

    static FiguresStore of(MongoDatabase database, long generation) {
        return new FiguresStore(generation,
                database.getCollection(name(CONTRIBUTIONS, generation)),
                database.getCollection(name(FIGURES, generation)),
                database.getCollection(name(CAMPAIGNS, generation)),
                database.getCollection(name(QUOTES, generation)),
                database.getCollection(name(PROGRESS, generation)));
    }

    static String name(String collection, long generation) {
        return collection + "-" + generation;
    }

    void drop() {
        contributions.drop();
        figures.drop();
        campaigns.drop();
        quotes.drop();
        progress.drop();
    }
}
