package uk.consultation.reporting.figures;

import org.bson.Document;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;

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

    /**
     * Names the record a contribution or a cell last took in, {@code partition/offset}: unique, as each record is one
     * response's and touches one cell. The ledger's conditional writes match on it alone, so that they are found
     * through its unique index: with a filter of {@code _id} and offset, the embedded store walks every document.
     */
    static final String GUARD = "guard";

    static String guard(int partition, long offset) {
        return partition + "/" + offset;
    }

    static FiguresStore of(MongoDatabase database, long generation) {
        return new FiguresStore(generation,
                database.getCollection(name(CONTRIBUTIONS, generation)),
                database.getCollection(name(FIGURES, generation)),
                database.getCollection(name(CAMPAIGNS, generation)),
                database.getCollection(name(QUOTES, generation)),
                database.getCollection(name(PROGRESS, generation)));
    }

    /** Sparse: documents written before guards have none, and are matched by {@code _id} and offset instead. */
    FiguresStore indexed() {
        IndexOptions unique = new IndexOptions().unique(true).sparse(true);
        contributions.createIndex(Indexes.ascending(GUARD), unique);
        figures.createIndex(Indexes.ascending(GUARD), unique);
        return this;
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
