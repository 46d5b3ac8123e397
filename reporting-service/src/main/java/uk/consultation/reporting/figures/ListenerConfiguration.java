package uk.consultation.reporting.figures;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.MicrometerConsumerListener;
import org.springframework.kafka.listener.ConsumerAwareRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

import com.mongodb.MongoException;

import io.micrometer.core.instrument.MeterRegistry;

import uk.consultation.schemas.EventJson;
import uk.consultation.schemas.Topics;
import uk.consultation.schemas.coding.ResponseCoded;

@Configuration(proxyBeanMethods = false)
class ListenerConfiguration {

    static final String CONTAINER_FACTORY = "responsesCodedContainerFactory";

    private static final Logger log = LoggerFactory.getLogger(ListenerConfiguration.class);

    /** Enough for a definition published just before its first codings to reach the catalog. */
    private static final FixedBackOff FEW_RETRIES = new FixedBackOff(Duration.ofSeconds(1).toMillis(), 5);

    /** The listener writes to whichever generation is live when each poll arrives. */
    @Bean
    FiguresLedger figuresLedger(FiguresGenerations generations) {
        return new FiguresLedger(generations::live);
    }

    @Bean(CONTAINER_FACTORY)
    ConcurrentKafkaListenerContainerFactory<String, ResponseCoded> responsesCodedContainerFactory(
            KafkaProperties kafka, DefaultErrorHandler errorHandler, MeterRegistry meters) {
        // A value that is not a ResponseCoded reaches the error handler, and so the dead-letter topic, instead of
        // failing every poll.
        DefaultKafkaConsumerFactory<String, ResponseCoded> consumers = new DefaultKafkaConsumerFactory<>(
                kafka.buildConsumerProperties(), new StringDeserializer(),
                new ErrorHandlingDeserializer<>(Topics.RESPONSES_CODED.valueDeserializer()));
        // Boot binds the Kafka client metrics (consumer lag among them) only on its own consumer factory.
        consumers.addListener(new MicrometerConsumerListener<>(meters));
        ConcurrentKafkaListenerContainerFactory<String, ResponseCoded> factory =
                new ConcurrentKafkaListenerContainerFactory<>();
        factory.setConsumerFactory(consumers);
        // A poll at a time, so that the ledger reads and writes each batch in a few round trips.
        factory.setBatchListener(true);
        factory.setCommonErrorHandler(errorHandler);
        return factory;
    }

    /**
     * The template is Boot's, whose value serializer ({@link EventJson.Serializer}, see application.yml) passes raw
     * bytes through, so a dead letter keeps the value exactly as it arrived.
     */
    @Bean
    DefaultErrorHandler responsesCodedErrorHandler(KafkaTemplate<String, Object> deadLetters, MeterRegistry meters) {
        DeadLetterPublishingRecoverer publisher = new DeadLetterPublishingRecoverer(deadLetters,
                (record, exception) -> new TopicPartition(Topics.RESPONSES_CODED.deadLetterTopic(), record.partition()));
        // As every dead letter does: the reason in a sentence, beyond the framework's own exception headers.
        publisher.addHeadersFunction((record, exception) -> new RecordHeaders(new Header[] {new RecordHeader(
                Topics.DEAD_LETTER_REASON_HEADER, String.valueOf(NestedExceptionUtils.getMostSpecificCause(exception)
                        .getMessage()).getBytes(StandardCharsets.UTF_8))}));
        ConsumerAwareRecordRecoverer recoverer = (record, consumer, exception) -> {
            log.warn("Dead-lettering {}-{}@{}: {}", record.topic(), record.partition(), record.offset(),
                    NestedExceptionUtils.getMostSpecificCause(exception).getMessage());
            publisher.accept(record, consumer, exception);
            meters.counter(ResponsesCodedListener.CODINGS, "outcome", "dead_lettered").increment();
        };
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, FEW_RETRIES);
        handler.addNotRetryableExceptions(UnusableCodingException.class);
        // While the store is away every record fails: wait for it rather than dead-letter good codings. Giving up
        // on one half-applied record would also leave its contribution written but never counted.
        handler.setBackOffFunction((record, exception) -> causedByStore(exception) ? storeOutage() : null);
        return handler;
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
