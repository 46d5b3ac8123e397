package uk.consultation.coding.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import uk.consultation.coding.OnTestBroker;
import uk.consultation.coding.TestEvents;
import uk.consultation.schemas.EventJson;
import uk.consultation.schemas.SchemaContract;
import uk.consultation.schemas.Topics;
import uk.consultation.schemas.coding.ResponseCoded;
import uk.consultation.schemas.consultation.ConsultationCatalog;
import uk.consultation.testsupport.KafkaRecords;

/**
 * Copies of a campaign letter on every partition of {@code responses-received}, coded by concurrent consumers, through
 * a real broker: all end up members of one campaign, and only its first member is published twice.
 */
@SpringBootTest
class CampaignIntegrationTest extends OnTestBroker {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String[][] SENDERS = {{"Jo Bloggs", "Luton"}, {"Sam Smith", "Bradford"},
            {"Ann Other", "Walsall"}, {"Ravi Patel", "Leicester"}, {"Mary O'Neill", "Oldham"}, {"Li Wei", "Slough"}};

    @Autowired
    ConsultationCatalog catalog;

    @Test
    void copiesOfALetterOnEveryPartitionAreOneCampaignAndOnlyItsFirstMemberIsPublishedAgain() throws Exception {
        String consultation = "campaign-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> ids = new ArrayList<>();
        Set<Integer> partitions = new HashSet<>();
        Instant may = Instant.parse("2018-05-01T09:00:00Z");
        try (KafkaProducer<String, Object> producer = TestEvents.producer()) {
            producer.send(new ProducerRecord<>(Topics.CONSULTATIONS.name(), consultation,
                    TestEvents.consultation(consultation, 1, TestEvents.BUNDLED.questions()))).get();
            await().atMost(PATIENCE).until(() -> catalog.find(consultation).isPresent());
            for (int i = 0; i < SENDERS.length; i++) {
                String id = UUID.randomUUID().toString();
                ids.add(id);
                RecordMetadata sent = producer.send(new ProducerRecord<>(Topics.RESPONSES_RECEIVED.name(), id,
                        TestEvents.letter(id, consultation, may.plusSeconds(3600L * i),
                                CampaignLetters.letter(SENDERS[i][0], SENDERS[i][1])))).get();
                partitions.add(sent.partition());
            }
        }
        assertThat(partitions).as("partitions the copies went to").hasSizeGreaterThan(1);

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(ids).allSatisfy(id ->
                assertThat(latest(id).campaign()).isNotNull()));
        ResponseCoded.Campaign campaign = latest(ids.get(0)).campaign();
        assertThat(ids).allSatisfy(id -> assertThat(latest(id).campaign()).isEqualTo(campaign));
        assertThat(ids).contains(campaign.canonicalResponseId());
        // The first member was coded alone, then published again once the second showed it to be a campaign; each of
        // the others once, and only first codings carry the acceptance time.
        for (String id : ids) {
            var records = KafkaRecords.forKey(Topics.RESPONSES_CODED, id);
            assertThat(records).hasSize(id.equals(campaign.canonicalResponseId()) ? 2 : 1);
            assertThat(records.get(0).headers().lastHeader(Topics.ACCEPTED_AT_HEADER)).isNotNull();
            if (records.size() == 2) {
                assertThat(records.get(1).headers().lastHeader(Topics.ACCEPTED_AT_HEADER)).isNull();
                assertThat(new String(records.get(0).headers().lastHeader(Topics.ACCEPTED_AT_HEADER).value(),
                        StandardCharsets.UTF_8)).isNotBlank();
            }
        }
        // What report authors see of it has no one's name in it.
        assertThat(campaign.canonicalText()).contains("oppose the proposals")
                .doesNotContain("Jo Bloggs", "Sam Smith", "Ann Other", "Ravi Patel", "Mary O'Neill", "Li Wei");
        SchemaContract.assertConforms(SchemaContract.RESPONSE_CODED, latest(ids.get(1)));
    }

    private static ResponseCoded latest(String responseId) {
        var records = KafkaRecords.forKey(Topics.RESPONSES_CODED, responseId);
        assertThat(records).isNotEmpty();
        return EventJson.fromBytes(records.get(records.size() - 1).value(), ResponseCoded.class);
    }
}
