package uk.consultation.coding.review;

import java.util.Objects;
import java.util.concurrent.ExecutionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.core.annotation.Order;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.stereotype.Component;

import uk.consultation.coding.kafka.TopicReader;
import uk.consultation.schemas.Topics;

/**
 * Rebuilds the review view at start: every coding, then every review, read back from Kafka. A review applied whose
 * coding never reached Kafka is published now. Only then do reviews apply live and does coding start, so automatic
 * coding knows every reviewed response.
 */
@Component
@Order(0)
class ReviewLoader implements ApplicationRunner {

    /** The coding listener ({@code receive.ReceivedResponseListener}), which does not start on its own. */
    private static final String CODING_LISTENER = "coding";

    private static final Logger log = LoggerFactory.getLogger(ReviewLoader.class);

    private final KafkaProperties kafkaProperties;
    private final ResponseReviews reviews;
    private final ReviewApplier applier;
    private final KafkaListenerEndpointRegistry listeners;

    ReviewLoader(KafkaProperties kafkaProperties, ResponseReviews reviews, ReviewApplier applier,
            KafkaListenerEndpointRegistry listeners) {
        this.kafkaProperties = kafkaProperties;
        this.reviews = reviews;
        this.applier = applier;
        this.listeners = listeners;
    }

    @Override
    public void run(ApplicationArguments args) throws ExecutionException, InterruptedException {
        TopicReader.readEvents(kafkaProperties, Topics.RESPONSES_CODED, reviews::remember);
        TopicReader.readEvents(kafkaProperties, Topics.RESPONSES_REVIEWED, reviews::readBack);
        for (ResponseReviews.Application application : reviews.unpublished()) {
            applier.publish(application);
        }
        log.info("Review view rebuilt; reviews apply from now");
        Objects.requireNonNull(listeners.getListenerContainer(ReviewApplier.LISTENER), "no review listener").start();
        Objects.requireNonNull(listeners.getListenerContainer(CODING_LISTENER), "no coding listener").start();
    }
}
