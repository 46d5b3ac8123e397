package uk.consultation.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import uk.consultation.schemas.EventJson;
import uk.consultation.schemas.Position;
import uk.consultation.schemas.SchemaContract;
import uk.consultation.schemas.Topics;
import uk.consultation.schemas.coding.ResponseCoded;
import uk.consultation.schemas.consultation.ConsultationDefinitions;
import uk.consultation.testsupport.TestInfrastructure;

/** Coding against a real Kafka broker: responses in, codings out, and unreadable records dead-lettered. */
@SpringBootTest
class CodingIntegrationTest extends OnTestBroker {

    private static final String CONSULTATION = "integrated-communities-2018";
    private static KafkaProducer<String, Object> producer;

    @BeforeAll
    static void producer() {
        producer = TestEvents.producer();
    }

    @AfterAll
    static void close() {
        producer.close();
    }

    @Test
    void codesEachResponseAndDeadLettersWhatItCannotRead() throws Exception {
        // The service has declared its topics by now; intake would publish the definition in production.
        producer.send(new ProducerRecord<>(Topics.CONSULTATIONS.name(), CONSULTATION,
                ConsultationDefinitions.bundled(CONSULTATION))).get();
        String responseId = UUID.randomUUID().toString();
        producer.send(new ProducerRecord<>(Topics.RESPONSES_RECEIVED.name(), "poison",
                "{not json".getBytes(StandardCharsets.UTF_8))).get();
        producer.send(new ProducerRecord<>(Topics.RESPONSES_RECEIVED.name(), responseId,
                TestEvents.online(responseId, CONSULTATION, "q1", Position.DISAGREE))).get();

        ConsumerRecord<String, byte[]> coded = awaitRecord(Topics.RESPONSES_CODED.name(), responseId);
        SchemaContract.assertConforms(SchemaContract.RESPONSE_CODED, coded.value());
        assertThat(EventJson.fromBytes(coded.value(), ResponseCoded.class).answers().get("q1").position())
                .isEqualTo(Position.DISAGREE);

        ConsumerRecord<String, byte[]> deadLetter = awaitRecord(Topics.RESPONSES_RECEIVED.deadLetterTopic(), "poison");
        assertThat(new String(deadLetter.value(), StandardCharsets.UTF_8)).isEqualTo("{not json");
        assertThat(new String(deadLetter.headers().lastHeader("dlt-reason").value(),
                StandardCharsets.UTF_8)).contains("Not a valid ResponseReceived");
    }

    private static ConsumerRecord<String, byte[]> awaitRecord(String topic, String key) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (partitions.isEmpty()) {
                consumer.partitionsFor(topic).forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (key.equals(record.key())) {
                        return record;
                    }
                }
            }
            throw new AssertionError("No record " + key + " on " + topic + " within 60 s");
        }
    }
}
