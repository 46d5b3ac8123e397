package uk.consultation.coding.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
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

/** Three copies of a campaign letter through a real broker: all three end up members of one campaign. */
@SpringBootTest
class CampaignIntegrationTest extends OnTestBroker {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Autowired
    ConsultationCatalog catalog;

    @Test
    void copiesOfALetterAreOneCampaignAndTheFirstIsPublishedAgainAsAMember() throws Exception {
        String consultation = "campaign-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> ids = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                UUID.randomUUID().toString());
        Instant may = Instant.parse("2018-05-01T09:00:00Z");
        try (KafkaProducer<String, Object> producer = TestEvents.producer()) {
            producer.send(new ProducerRecord<>(Topics.CONSULTATIONS.name(), consultation,
                    TestEvents.consultation(consultation, 1, TestEvents.BUNDLED.questions()))).get();
            await().atMost(PATIENCE).until(() -> catalog.find(consultation).isPresent());
            String[][] senders = {{"Jo Bloggs", "Luton"}, {"Sam Smith", "Bradford"}, {"Ann Other", "Walsall"}};
            for (int i = 0; i < ids.size(); i++) {
                producer.send(new ProducerRecord<>(Topics.RESPONSES_RECEIVED.name(), ids.get(i), TestEvents.letter(
                        ids.get(i), consultation, may.plusSeconds(3600L * i),
                        CampaignLetters.letter(senders[i][0], senders[i][1])))).get();
            }
        }

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(ids).allSatisfy(id ->
                assertThat(latest(id).campaign()).isNotNull()));
        ResponseCoded.Campaign campaign = latest(ids.get(0)).campaign();
        assertThat(campaign.canonicalResponseId()).isEqualTo(ids.get(0));
        assertThat(ids).allSatisfy(id -> assertThat(latest(id).campaign()).isEqualTo(campaign));
        // The first was coded alone, then published again once the second showed it to be a campaign.
        assertThat(KafkaRecords.forKey(Topics.RESPONSES_CODED, ids.get(0))).hasSize(2);
        // What report authors see of it has no one's name in it.
        assertThat(campaign.canonicalText()).contains("oppose the proposals")
                .doesNotContain("Jo Bloggs", "Sam Smith", "Ann Other");
        SchemaContract.assertConforms(SchemaContract.RESPONSE_CODED, latest(ids.get(1)));
    }

    private static ResponseCoded latest(String responseId) {
        var records = KafkaRecords.forKey(Topics.RESPONSES_CODED, responseId);
        assertThat(records).isNotEmpty();
        return EventJson.fromBytes(records.get(records.size() - 1).value(), ResponseCoded.class);
    }
}
