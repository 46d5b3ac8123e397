package uk.consultation.reporting.figures;

import java.time.Duration;

import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

import com.mongodb.MongoException;

import uk.consultation.schemas.EventJson;
import uk.consultation.schemas.Topics;
import uk.consultation.schemas.coding.ResponseCoded;

@Configuration(proxyBeanMethods = false)
class ListenerConfiguration {

    static final String CONTAINER_FACTORY = "responsesCodedContainerFactory";

    /** Enough for a definition published just before its first codings to reach the catalog. */
    private static final FixedBackOff FEW_RETRIES = new FixedBackOff(Duration.ofSeconds(1).toMillis(), 5);

    @Bean(CONTAINER_FACTORY)
    ConcurrentKafkaListenerContainerFactory<String, ResponseCoded> responsesCodedContainerFactory(
            KafkaProperties kafka, DefaultErrorHandler errorHandler) {
        // A value that is not a ResponseCoded reaches the error handler, and so the dead-letter topic, instead of
        // failing every poll.
        DefaultKafkaConsumerFactory<String, ResponseCoded> consumers = new DefaultKafkaConsumerFactory<>(
                kafka.buildConsumerProperties(), new StringDeserializer(),
                new ErrorHandlingDeserializer<>(Topics.RESPONSES_CODED.valueDeserializer()));
        ConcurrentKafkaListenerContainerFactory<String, ResponseCoded> factory =
                new ConcurrentKafkaListenerContainerFactory<>();
        factory.setConsumerFactory(consumers);
        factory.setCommonErrorHandler(errorHandler);
        return factory;
    }

    @Bean
    DefaultErrorHandler responsesCodedErrorHandler(KafkaTemplate<String, Object> deadLetters) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(deadLetters,
                (record, exception) -> new TopicPartition(Topics.RESPONSES_CODED.deadLetterTopic(), record.partition()));
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, FEW_RETRIES);
        handler.addNotRetryableExceptions(UnusableCodingException.class);
        // While the store is away every record fails: wait for it rather than dead-letter good codings. Giving up
        // on one half-applied record would also leave its contribution written but never counted.
        handler.setBackOffFunction((record, exception) -> causedByStore(exception) ? storeOutage() : null);
        return handler;
    }

    /** Raw bytes pass through {@link EventJson.Serializer}, so a dead letter keeps the value exactly as it arrived. */
    @Bean
    KafkaTemplate<String, Object> deadLetterTemplate(KafkaProperties kafka) {
        return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(kafka.buildProducerProperties(),
                new StringSerializer(), new EventJson.Serializer()));
    }

    private static boolean causedByStore(Throwable exception) {
        for (@Nullable Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof MongoException) {
                return true;
            }
        }
        return false;
    }

    private static ExponentialBackOff storeOutage() {
        ExponentialBackOff backOff = new ExponentialBackOff(Duration.ofMillis(500).toMillis(), 2);
        backOff.setMaxInterval(Duration.ofSeconds(10).toMillis());
        return backOff;
    }
}
