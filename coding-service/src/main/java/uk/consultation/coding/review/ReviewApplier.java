package uk.consultation.coding.review;

import java.util.Optional;
import java.util.concurrent.ExecutionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import uk.consultation.coding.campaign.UngroupedCodings;
import uk.consultation.schemas.coding.ResponseReviewed;

/**
 * Applies each review as the response's next coding: publishes it (through the campaign step, to
 * {@code responses-coded}) and only then takes it
 * as the latest, so the offset of a review is committed only once Kafka has its coding.
 */
@Component
class ReviewApplier {

    static final String LISTENER = "reviews";

    private static final Logger log = LoggerFactory.getLogger(ReviewApplier.class);

    private final ResponseReviews reviews;
    private final UngroupedCodings codings;

    ReviewApplier(ResponseReviews reviews, UngroupedCodings codings) {
        this.reviews = reviews;
        this.codings = codings;
    }

    /** Started by {@link ReviewLoader} once the reviews so far are read back; one thread, so reviews apply in order. */
    @KafkaListener(id = LISTENER, groupId = "coding-reviews", topics = "responses-reviewed", autoStartup = "false",
            containerFactory = ReviewKafkaConfiguration.LISTENERS)
    void onReview(ResponseReviewed review) throws ExecutionException, InterruptedException {
        Optional<ResponseReviews.Application> application = reviews.decide(review);
        if (application.isEmpty()) {
            log.info("Review {} of response {} not applied: already applied, or version {} is no longer the latest",
                    review.reviewId(), review.responseId(), review.version());
            return;
        }
        publish(application.get());
    }

    void publish(ResponseReviews.Application application) throws ExecutionException, InterruptedException {
        // The campaign step stamps it with the response's campaign on its way to responses-coded.
        codings.publish(application.coding());
        reviews.applied(application);
        log.debug("Applied review {} of response {} as coding version {}", application.review().reviewId(),
                application.coding().responseId(), application.coding().version());
    }
}
