package uk.consultation.localstack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;

/**
 * A real single-node Kafka broker in KRaft mode (broker and controller in one process), built from the Maven Central
 * jars. Its log lives in a directory of ours, so a restart keeps every topic and committed offset.
 */
public final class EmbeddedKafka implements AutoCloseable {

    private final KafkaRaftServer server;
    private final String bootstrapServers;

    private EmbeddedKafka(KafkaRaftServer server, String bootstrapServers) {
        this.server = server;
        this.bootstrapServers = bootstrapServers;
    }

    /**
     * Formats the directory on first use and starts the broker.
     *
     * @param port           the client listener; 0 picks a free one
     * @param controllerPort the KRaft controller listener; 0 picks a free one
     */
    public static EmbeddedKafka start(Path logDir, int port, int controllerPort) throws IOException {
        int clientPort = port == 0 ? FreePorts.find() : port;
        int quorumPort = controllerPort == 0 ? FreePorts.find() : controllerPort;
        // A second broker on the same ports would join the first one's quorum as the same node and upset it.
        FreePorts.requireFree(clientPort, "Kafka");
        FreePorts.requireFree(quorumPort, "Kafka controller");
        Files.createDirectories(logDir);
        Properties config = config(logDir, clientPort, quorumPort);
        format(logDir, config);
        KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(config, false), Time.SYSTEM);
        server.startup();
        return new EmbeddedKafka(server, "127.0.0.1:" + clientPort);
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    private static Properties config(Path logDir, int port, int controllerPort) {
        Properties config = new Properties();
        config.put("process.roles", "broker,controller");
        config.put("node.id", "1");
        config.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        config.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        config.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        config.put("controller.listener.names", "CONTROLLER");
        config.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        config.put("inter.broker.listener.name", "PLAINTEXT");
        config.put("log.dirs", logDir.toAbsolutePath().toString());
        // One node: internal topics cannot be replicated.
        config.put("offsets.topic.replication.factor", "1");
        config.put("transaction.state.log.replication.factor", "1");
        config.put("transaction.state.log.min.isr", "1");
        config.put("share.coordinator.state.topic.replication.factor", "1");
        config.put("share.coordinator.state.topic.min.isr", "1");
        config.put("group.initial.rebalance.delay.ms", "0");
        // With a single broker there is no leadership to hand over, so shutting down need not ask the controller.
        config.put("controlled.shutdown.enable", "false");
        // Topics are declared by the services with their partitions and cleanup policy; a typo must not create one.
        config.put("auto.create.topics.enable", "false");
        // Topics.MAX_RECORD_BYTES (shared-schemas, which this module does not depend on): the largest record any topic
        // takes, and what the broker copies to a follower in one fetch
        config.put("message.max.bytes", "8388608");
        config.put("replica.fetch.max.bytes", "8388608");
        return config;
    }

    private static void format(Path logDir, Properties config) throws IOException {
        if (Files.exists(logDir.resolve("meta.properties"))) {
            return;
        }
        Path file = Files.createTempFile("kafka-server", ".properties");
        try (OutputStream out = Files.newOutputStream(file)) {
            config.store(out, "embedded Kafka");
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int exit = StorageTool.execute(new String[] {"format", "-t", Uuid.randomUuid().toString(), "-c", file.toString()},
                new PrintStream(output, true, StandardCharsets.UTF_8));
        Files.delete(file);
        if (exit != 0) {
            throw new IOException("Could not format " + logDir + ": " + output.toString(StandardCharsets.UTF_8));
        }
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
    }
}
