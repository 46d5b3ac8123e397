package uk.consultation.coding.code;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import uk.consultation.coding.campaign.UngroupedCodings;
import uk.consultation.coding.review.ResponseReviews;
import uk.consultation.coding.theme.ThemeCoder;
import uk.consultation.coding.theme.UnmatchedSentenceSender;
import uk.consultation.schemas.coding.ResponseCoded;
import uk.consultation.schemas.consultation.ConsultationCatalog;
import uk.consultation.schemas.consultation.ConsultationDefinition;
import uk.consultation.schemas.response.ResponseReceived;

/**
 * Codes a received response against its consultation's current definition, with the themes of its answers, and
 * publishes the coding for the campaign step to place in its campaign, and the sentences no theme fits for emerging
 * themes, returning only once Kafka has both: whoever calls this may then move past the response (commit its offset).
 * Safe to call from several threads at once: the campaign step, not this, orders what is published.
 */
@Component
public class CodedResponses {

    private final ConsultationCatalog catalog;
    private final UngroupedCodings codings;
    private final ResponseReviews reviews;
    private final ResponseCoder coder;
    private final ThemeCoder themes;
    private final UnmatchedSentenceSender unmatched;

    CodedResponses(ConsultationCatalog catalog, UngroupedCodings codings, ResponseReviews reviews, ResponseCoder coder,
            ThemeCoder themes, UnmatchedSentenceSender unmatched) {
        this.catalog = catalog;
        this.codings = codings;
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
     * @param acceptedAt when intake sent the response, for a response coded for the first time: it goes on the coding
     *                   as a header, so that reporting can measure how fresh its figures are
     */
    public ResponseCoded codeAndPublish(ResponseReceived response, @Nullable Instant acceptedAt)
            throws ExecutionException, InterruptedException {
        Optional<ResponseCoded> settled = reviews.settled(response.responseId());
        if (settled.isPresent()) {
            // An analyst's coding stands, and an erased text is not read again: recoding publishes nothing.
            return settled.get();
        }
        ConsultationDefinition consultation = catalog.find(response.consultationId())
                .orElseThrow(() -> new IllegalStateException("Consultation " + response.consultationId()
                        + " is not known (yet); will retry"));
        ThemeCoder.Themed themed = themes.code(coder.code(response, consultation, Instant.now()), consultation);
        CompletableFuture<?> unmatchedSent = unmatched.send(consultation.id(), response.responseId(),
                themed.unmatched());
        ResponseCoded sent = codings.publish(themed.coded(), ResponseCoder.campaignText(response), acceptedAt);
        unmatchedSent.get();
        reviews.remember(sent);
        return sent;
    }

    /**
     * The response's text was erased (its {@code responses-received} tombstone): publishes its next coding with no
     * text, counted as before, and forgets its sentences. Nothing to do for a response never coded or already erased.
     *
     * @return the coding published, if any
     */
    public Optional<ResponseCoded> eraseAndPublish(String responseId) throws ExecutionException, InterruptedException {
        Optional<ResponseCoded> latest = reviews.latest(responseId);
        if (latest.isEmpty() || latest.get().erased()) {
            return Optional.empty();
        }
        ResponseCoded erased = codings.publish(latest.get().erased(Instant.now()));
        reviews.remember(erased);
        unmatched.send(erased.consultationId(), responseId, Map.of()).get();
        return Optional.of(erased);
    }
}
