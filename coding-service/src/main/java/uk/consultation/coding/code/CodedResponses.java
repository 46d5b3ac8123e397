package uk.consultation.coding.code;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import uk.consultation.coding.campaign.Campaigns;
import uk.consultation.coding.theme.ThemeCoder;
import uk.consultation.schemas.Topics;
import uk.consultation.schemas.coding.ResponseCoded;
import uk.consultation.schemas.consultation.ConsultationCatalog;
import uk.consultation.schemas.consultation.ConsultationDefinition;
import uk.consultation.schemas.response.ResponseReceived;

/**
 * Codes a received response against its consultation's current definition, with the themes of its answers, places
 * it in a campaign if its text is one, and publishes the coding, returning only once Kafka has it: whoever calls this may then move past the response
 * (commit its offset).
 */
@Component
public class CodedResponses {

    private final ConsultationCatalog catalog;
    private final KafkaTemplate<String, Object> kafka;
    private final Campaigns campaigns;
    private final ThemeCoder themes;

    CodedResponses(ConsultationCatalog catalog, KafkaTemplate<String, Object> kafka, Campaigns campaigns,
            ThemeCoder themes) {
        this.catalog = catalog;
        this.kafka = kafka;
        this.campaigns = campaigns;
        this.themes = themes;
    }

    /** One at a time: the listener and a re-drive must not both place responses in campaigns at once. */
    public synchronized ResponseCoded codeAndPublish(ResponseReceived response)
            throws ExecutionException, InterruptedException {
        ConsultationDefinition consultation = catalog.find(response.consultationId())
                .orElseThrow(() -> new IllegalStateException("Consultation " + response.consultationId()
                        + " is not known (yet); will retry"));
        ResponseCoded coded = themes.code(ResponseCoder.code(response, consultation, Instant.now()), consultation);
        Campaigns.Assignment assignment = campaigns.assign(coded, ResponseCoder.campaignText(response));
        List<CompletableFuture<?>> sent = new ArrayList<>();
        // Earlier responses the campaign now includes are published again, as members.
        assignment.joined().forEach(joined -> sent.add(kafka.send(Topics.RESPONSES_CODED.name(), joined.responseId(),
                joined)));
        sent.add(kafka.send(Topics.RESPONSES_CODED.name(), assignment.coded().responseId(), assignment.coded()));
        for (CompletableFuture<?> send : sent) {
            send.get();
        }
        campaigns.remember(assignment);
        return assignment.coded();
    }
}
