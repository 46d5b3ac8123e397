package uk.consultation.coding;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;

import uk.consultation.schemas.Channel;
import uk.consultation.schemas.EventJson;
import uk.consultation.schemas.Position;
import uk.consultation.schemas.RespondentType;
import uk.consultation.schemas.consultation.ConsultationDefinition;
import uk.consultation.schemas.consultation.ConsultationDefinitions;
import uk.consultation.schemas.consultation.Question;
import uk.consultation.schemas.response.ResponseReceived;
import uk.consultation.testsupport.TestInfrastructure;

/** What other services publish for coding to read, as the tests publish it to the test broker. */
public final class TestEvents {

    public static final ConsultationDefinition BUNDLED = ConsultationDefinitions.bundled("integrated-communities-2018");

    private TestEvents() {
    }

    /** Publishes as intake does: keys as strings, events as JSON. */
    public static KafkaProducer<String, Object> producer() {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, EventJson.Serializer.class));
    }

    /** The bundled consultation under an id of a test's own, with the given questions and codeframe version. */
    public static ConsultationDefinition consultation(String id, int codeframeVersion, List<Question> questions) {
        return new ConsultationDefinition(id, BUNDLED.title(), BUNDLED.department(), BUNDLED.timeZone(),
                BUNDLED.opens(), BUNDLED.closes(), codeframeVersion, questions, null);
    }

    /** A posted letter, as staff typed it in, received at the given time. */
    public static ResponseReceived letter(String responseId, String consultationId, Instant receivedAt, String text) {
        return new ResponseReceived(responseId, consultationId, "ABCD-EFGH", Channel.LETTER, receivedAt, false,
                new ResponseReceived.Respondent(null, null), Map.of(), text, List.of(),
                new ResponseReceived.Source(null, null, null, "SCAN-" + responseId, "clerk-7"));
    }

    /** An individual's online response taking one position on one question. */
    public static ResponseReceived online(String responseId, String consultationId, String questionId,
            Position position) {
        return new ResponseReceived(responseId, consultationId, "ABCD-EFGH", Channel.ONLINE, Instant.now(), false,
                new ResponseReceived.Respondent(RespondentType.INDIVIDUAL, null),
                Map.of(questionId, new ResponseReceived.Answer(position, null)), null, List.of(),
                ResponseReceived.Source.none());
    }
}
