package uk.consultation.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import org.jspecify.annotations.Nullable;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

import uk.consultation.localstack.EmbeddedKafka;
import uk.consultation.localstack.EmbeddedMongo;

/**
 * One Kafka broker and one MongoDB per test JVM. Where a Docker engine runs they are the real images (apache/kafka in
 * KRaft mode, mongo as replica set rs0) under Testcontainers; elsewhere, automatically, the embedded KRaft broker and
 * mongo-java-server, so the same suite really runs on machines without Docker. Each test names its own database.
 */
public final class TestInfrastructure {

    static final String KAFKA_IMAGE = "apache/kafka:4.1.1";
    static final String MONGO_IMAGE = "mongo:8.0.12";

    private static @Nullable Kafka kafka;
    private static @Nullable Mongo mongo;

    private TestInfrastructure() {
    }

    public static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    public static synchronized String kafkaBootstrapServers() {
        if (kafka == null) {
            kafka = dockerAvailable() ? containerKafka() : embeddedKafka();
        }
        return kafka.bootstrapServers();
    }

    /** A connection string for a database of the caller's own on the shared server. */
    public static synchronized String mongoUri(String database) {
        if (mongo == null) {
            mongo = dockerAvailable() ? containerMongo() : embeddedMongo();
        }
        return mongo.uri(database);
    }

    private interface Kafka {
        String bootstrapServers();
    }

    private interface Mongo {
        String uri(String database);
    }

    private static Kafka containerKafka() {
        KafkaContainer container = new KafkaContainer(KAFKA_IMAGE);
        container.start();
        return container::getBootstrapServers;
    }

    private static Mongo containerMongo() {
        MongoDBContainer container = new MongoDBContainer(MONGO_IMAGE).withReplicaSet();
        container.start();
        return container::getReplicaSetUrl;
    }

    private static Kafka embeddedKafka() {
        try {
            EmbeddedKafka broker = EmbeddedKafka.start(Files.createTempDirectory("kafka-test"), 0, 0);
            Runtime.getRuntime().addShutdownHook(new Thread(broker::close));
            return broker::bootstrapServers;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Mongo embeddedMongo() {
        try {
            EmbeddedMongo store = EmbeddedMongo.start(null, 0, "test");
            Runtime.getRuntime().addShutdownHook(new Thread(store::close));
            String server = store.uri().substring(0, store.uri().lastIndexOf('/') + 1);
            return database -> server + database;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
