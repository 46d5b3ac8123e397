package uk.consultation.reporting.figures;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import uk.consultation.schemas.Topics;
import uk.consultation.schemas.coding.ResponseCoded;
import uk.consultation.schemas.consultation.ConsultationDefinition;
import uk.consultation.testsupport.KafkaRecords;
import uk.consultation.testsupport.TestInfrastructure;

/**
 * What the figures must be, recomputed from scratch: every coding on {@code responses-coded} folded by the ledger's
 * rules (a response's highest version; of equal versions, its later record), then counted.
 */
final class Recount {

    private Recount() {
    }

    /** The coding that counts for each response of the consultation, by response id. */
    static Map<String, ResponseCoded> latestCodings(ConsultationDefinition consultation) {
        Map<String, ConsumerRecord<String, byte[]>> records = new HashMap<>();
        Map<String, ResponseCoded> latest = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : KafkaRecords.all(TestInfrastructure.kafkaBootstrapServers(),
                Topics.RESPONSES_CODED)) {
            ResponseCoded coding;
            try {
                coding = Topics.RESPONSES_CODED.valueDeserializer().deserialize(record.topic(), record.value());
            } catch (RuntimeException e) {
                continue; // dead-lettered by reporting, never counted
            }
            if (coding == null || !coding.consultationId().equals(consultation.id())) {
                continue;
            }
            ResponseCoded counted = latest.get(coding.responseId());
            if (counted == null || coding.version() > counted.version() || (coding.version() == counted.version()
                    && record.offset() > records.get(coding.responseId()).offset())) {
                latest.put(coding.responseId(), coding);
                records.put(coding.responseId(), record);
            }
        }
        return latest;
    }

    /** Each counter the codings add to, with how many add to it. */
    static Map<String, Long> counters(Collection<ResponseCoded> codings, ConsultationDefinition consultation) {
        Map<String, Long> counts = new TreeMap<>();
        codings.forEach(coding -> Contribution.of(coding, consultation).counters()
                .forEach(counter -> counts.merge(counter, 1L, Long::sum)));
        return counts;
    }
}
