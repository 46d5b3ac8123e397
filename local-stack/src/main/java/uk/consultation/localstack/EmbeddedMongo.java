package uk.consultation.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/**
 * The MongoDB-wire-compatible mongo-java-server on 127.0.0.1. With a file it keeps its data across restarts (H2
 * backend); without one it holds it in memory. It has no transactions and uses only {@code _id} and unique indexes,
 * which is what the services are designed for.
 */
public final class EmbeddedMongo implements AutoCloseable {

    private final MongoServer server;
    private final String uri;

    private EmbeddedMongo(MongoServer server, String uri) {
        this.server = server;
        this.uri = uri;
    }

    /**
     * @param file the H2 file to keep data in, or null to keep it in memory
     * @param port 0 picks a free one
     */
    public static EmbeddedMongo start(@Nullable Path file, int port, String database) throws IOException {
        int bindTo = port == 0 ? FreePorts.find() : port;
        FreePorts.requireFree(bindTo, "MongoDB");
        H2Backend backend;
        if (file == null) {
            backend = H2Backend.inMemory();
        } else {
            Files.createDirectories(file.toAbsolutePath().getParent());
            backend = new H2Backend(file.toAbsolutePath().toString());
        }
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", bindTo);
        int bound = server.getLocalAddress().getPort();
        return new EmbeddedMongo(server, "mongodb://127.0.0.1:" + bound + "/" + database);
    }

    /** A connection string naming the database. */
    public String uri() {
        return uri;
    }

    @Override
    public void close() {
        server.shutdown();
    }
}
