package uk.consultation.coding.review;

import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.util.backoff.FixedBackOff;

import uk.consultation.coding.kafka.DeadLetters;
import uk.consultation.coding.kafka.ListenerShutdown;
import uk.consultation.schemas.Topics;
import uk.consultation.schemas.coding.ResponseReviewed;

@Configuration(proxyBeanMethods = false)
class ReviewKafkaConfiguration {

    static final String LISTENERS = "reviewListeners";

    /**
     * Reviews are read with their own deserializer (the service's default reads received responses); one that cannot
     * be read or applied after a minute of retries (Kafka away) goes to {@code responses-reviewed-dlt} with why.
     */
    @Bean(LISTENERS)
    ConcurrentKafkaListenerContainerFactory<String, ResponseReviewed> reviewListeners(
            KafkaProperties properties, KafkaTemplate<String, Object> kafka) {
        DefaultKafkaConsumerFactory<String, ResponseReviewed> consumers = new DefaultKafkaConsumerFactory<>(
                properties.buildConsumerProperties(), new StringDeserializer(),
                new ErrorHandlingDeserializer<>(Topics.RESPONSES_REVIEWED.valueDeserializer()));
        ConcurrentKafkaListenerContainerFactory<String, ResponseReviewed> factory =
                new ConcurrentKafkaListenerContainerFactory<>();
        factory.setConsumerFactory(consumers);
        factory.setCommonErrorHandler(DeadLetters.errorHandler(kafka, Topics.RESPONSES_REVIEWED,
                new FixedBackOff(2_000, 30)));
        ListenerShutdown.bound(factory.getContainerProperties());
        return factory;
    }
}
