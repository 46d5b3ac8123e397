package uk.consultation.coding.kafka;

import java.util.Properties;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ContainerCustomizer;
import org.springframework.kafka.config.StreamsBuilderFactoryBeanConfigurer;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.util.backoff.FixedBackOff;

import io.micrometer.core.instrument.MeterRegistry;

import uk.consultation.coding.code.UncodableResponseException;
import uk.consultation.schemas.Topics;
import uk.consultation.schemas.consultation.ConsultationCatalog;
import uk.consultation.schemas.response.ResponseReceived;

@Configuration(proxyBeanMethods = false)
class KafkaConfiguration {

    /**
     * A response for a consultation this service has not read yet is retried for about half a minute, long enough
     * for a definition registered moments before; anything still failing then is dead-lettered.
     */
    private static final FixedBackOff RETRIES = new FixedBackOff(2_000, 15);

    @Bean
    KafkaAdmin.NewTopics topics(TopicSettings settings) {
        return new KafkaAdmin.NewTopics(Topics.newTopics(settings.partitions(), settings.replicas())
                .toArray(NewTopic[]::new));
    }

    @Bean(initMethod = "start", destroyMethod = "close")
    ConsultationCatalog consultationCatalog(KafkaProperties kafka) {
        return new ConsultationCatalog(kafka.buildConsumerProperties(), "coding-consultations");
    }

    /** An unreadable record becomes a dead letter instead of failing every poll of its partition. */
    @Bean
    @SuppressWarnings("unchecked")
    DefaultKafkaConsumerFactoryCustomizer receivedResponses() {
        return factory -> ((DefaultKafkaConsumerFactory<String, ResponseReceived>) factory)
                .setValueDeserializerSupplier(() -> new ErrorHandlingDeserializer<>(
                        Topics.RESPONSES_RECEIVED.valueDeserializer()));
    }

    /** Stopping the coding listener waits a bounded time for it. */
    @Bean
    ContainerCustomizer<Object, Object, ConcurrentMessageListenerContainer<Object, Object>> listenerShutdown() {
        return container -> ListenerShutdown.bound(container.getContainerProperties());
    }

    /** The one way this service writes a dead letter, the listener's and the Kafka Streams application's. */
    @Bean
    ConsumerRecordRecoverer deadLetters(KafkaTemplate<String, Object> kafka, MeterRegistry meters) {
        return DeadLetters.publisher(kafka, meters);
    }

    /** Failed records go to {@code responses-received-dlt}, same partition, with the reason in the headers. */
    @Bean
    DefaultErrorHandler errorHandler(ConsumerRecordRecoverer deadLetters) {
        DefaultErrorHandler handler = new DefaultErrorHandler(deadLetters, RETRIES);
        handler.addNotRetryableExceptions(UncodableResponseException.class);
        return handler;
    }

    /**
     * The Kafka Streams application's handlers ({@link StreamDeadLetters}, named in application.yml) write through the
     * same publisher; Kafka Streams makes them itself, and hands them their configuration, so it goes in there.
     */
    @Bean
    StreamsBuilderFactoryBeanConfigurer streamDeadLetters(ConsumerRecordRecoverer deadLetters) {
        return factory -> {
            Properties streams = factory.getStreamsConfiguration();
            streams.put(StreamDeadLetters.PUBLISHER, deadLetters);
            factory.setStreamsConfiguration(streams);
        };
    }

}
