package uk.consultation.coding.code;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import uk.consultation.coding.campaign.Campaigns;
import uk.consultation.coding.review.ResponseReviews;
import uk.consultation.coding.theme.ThemeCoder;
import uk.consultation.coding.theme.UnmatchedSentences;
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
    private final ResponseReviews reviews;
    private final ResponseCoder coder;
    private final ThemeCoder themes;
    private final UnmatchedSentences unmatched;

    CodedResponses(ConsultationCatalog catalog, KafkaTemplate<String, Object> kafka, Campaigns campaigns,
            ResponseReviews reviews, ResponseCoder coder, ThemeCoder themes, UnmatchedSentences unmatched) {
        this.catalog = catalog;
        this.kafka = kafka;
        this.campaigns = campaigns;
        this.reviews = reviews;
        this.coder = coder;
        this.themes = themes;
        this.unmatched = unmatched;
    }

    /** Codes a response that is not being seen for the first time (a re-drive): its coding carries no acceptance time. */
    public ResponseCoded codeAndPublish(ResponseReceived response) throws ExecutionException, InterruptedException {
        return codeAndPublish(response, null);
    }

    /**
     * One at a time: the listener and a re-drive must not both place responses in campaigns at once.
     *
     * @param acceptedAt when intake sent the response, for a response coded for the first time: it goes on the coding
     *                   as a header, so that reporting can measure how fresh its figures are
     */
    public synchronized ResponseCoded codeAndPublish(ResponseReceived response, @Nullable Instant acceptedAt)
            throws ExecutionException, InterruptedException {
        Optional<ResponseCoded> settled = reviews.settled(response.responseId());
        if (settled.isPresent()) {
            // An analyst's coding stands, and an erased text is not read again: recoding publishes nothing.
            return settled.get();
        }
        ConsultationDefinition consultation = catalog.find(response.consultationId())
                .orElseThrow(() -> new IllegalStateException("Consultation " + response.consultationId()
                        + " is not known (yet); will retry"));
        ResponseCoded coded = themes.code(coder.code(response, consultation, Instant.now()), consultation);
        Campaigns.Assignment assignment = campaigns.assign(coded, ResponseCoder.campaignText(response));
        List<CompletableFuture<?>> sent = new ArrayList<>();
        // Earlier responses the campaign now includes are published again, as members.
        assignment.joined().forEach(joined -> sent.add(kafka.send(Topics.RESPONSES_CODED.name(), joined.responseId(),
                joined)));
        ProducerRecord<String, Object> coding = new ProducerRecord<>(Topics.RESPONSES_CODED.name(),
                assignment.coded().responseId(), assignment.coded());
        if (acceptedAt != null) {
            coding.headers().add(Topics.ACCEPTED_AT_HEADER, acceptedAt.toString().getBytes(StandardCharsets.UTF_8));
        }
        sent.add(kafka.send(coding));
        for (CompletableFuture<?> send : sent) {
            send.get();
        }
        campaigns.remember(assignment);
        reviews.remember(assignment.coded());
        assignment.joined().forEach(reviews::remember);
        return assignment.coded();
    }

    /**
     * The response's text was erased (its {@code responses-received} tombstone): publishes its next coding with no
     * text, counted as before, and forgets its sentences. Nothing to do for a response never coded or already erased.
     *
     * @return the coding published, if any
     */
    public synchronized Optional<ResponseCoded> eraseAndPublish(String responseId)
            throws ExecutionException, InterruptedException {
        Optional<ResponseCoded> latest = reviews.latest(responseId);
        if (latest.isEmpty() || latest.get().erased()) {
            return Optional.empty();
        }
        ResponseCoded erased = latest.get().erased(Instant.now());
        kafka.send(Topics.RESPONSES_CODED.name(), responseId, erased).get();
        reviews.remember(erased);
        campaigns.remember(erased);
        unmatched.forget(erased.consultationId(), responseId);
        return Optional.of(erased);
    }
}
