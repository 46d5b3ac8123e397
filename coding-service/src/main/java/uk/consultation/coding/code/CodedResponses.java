package uk.consultation.coding.code;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import uk.consultation.coding.campaign.UngroupedCodings;
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
 * Safe to call from several threads at once: the campaign step, not this, orders what is published, and drops a
 * coding of a lower version than the one published, so that a recoding (version 1) leaves an analyst's review and an
 * erasure as they are.
 */
@Component
public class CodedResponses {

    private final ConsultationCatalog catalog;
    private final UngroupedCodings codings;
    private final ResponseCoder coder;
    private final ThemeCoder themes;
    private final UnmatchedSentenceSender unmatched;

    CodedResponses(ConsultationCatalog catalog, UngroupedCodings codings, ResponseCoder coder, ThemeCoder themes,
            UnmatchedSentenceSender unmatched) {
        this.catalog = catalog;
        this.codings = codings;
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
        ConsultationDefinition consultation = catalog.find(response.consultationId())
                .orElseThrow(() -> new IllegalStateException("Consultation " + response.consultationId()
                        + " is not known (yet); will retry"));
        ThemeCoder.Themed themed = themes.code(coder.code(response, consultation, Instant.now()), consultation);
        CompletableFuture<?> unmatchedSent = unmatched.send(consultation.id(), response.responseId(),
                themed.unmatched());
        ResponseCoded sent = codings.publish(themed.coded(), ResponseCoder.campaignText(response), acceptedAt);
        unmatchedSent.get();
        return sent;
    }
}
