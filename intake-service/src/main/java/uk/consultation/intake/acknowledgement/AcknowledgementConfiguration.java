package uk.consultation.intake.acknowledgement;

import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.listener.ContainerProperties.AckMode;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.util.backoff.ExponentialBackOff;

import uk.consultation.schemas.Topics;
import uk.consultation.schemas.consultation.ConsultationCatalog;
import uk.consultation.schemas.response.ResponseContact;

/** Acknowledgements are sent only where an SMTP server is configured ({@code MAIL_HOST}). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${spring.mail.host:}'.isBlank()")
class AcknowledgementConfiguration {

    static final String CONTAINER_FACTORY = "acknowledgementContainerFactory";

    private static final Logger log = LoggerFactory.getLogger(AcknowledgementConfiguration.class);

    @Bean
    AcknowledgementListener acknowledgementListener(ConsultationCatalog catalog, JavaMailSender mail,
            AcknowledgementProperties properties) {
        return new AcknowledgementListener(catalog, new AcknowledgementMailer(mail, properties));
    }

    /**
     * Its own consumer group, reading from the earliest contact so that none is missed on a first start. Each offset
     * is committed after its email is sent; a failed send is retried, backing off to a minute, for as long as the
     * SMTP server stays away. Only an address that can never receive mail, or a record that cannot be read, is
     * passed over, and logged by response id.
     */
    @Bean(CONTAINER_FACTORY)
    ConcurrentKafkaListenerContainerFactory<String, ResponseContact> acknowledgementContainerFactory(
            KafkaProperties kafka) {
        Map<String, Object> config = kafka.buildConsumerProperties();
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "intake-acknowledgements");
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        ConcurrentKafkaListenerContainerFactory<String, ResponseContact> factory =
                new ConcurrentKafkaListenerContainerFactory<>();
        factory.setConsumerFactory(new DefaultKafkaConsumerFactory<>(config, new StringDeserializer(),
                new ErrorHandlingDeserializer<>(Topics.RESPONSE_CONTACTS.valueDeserializer())));
        factory.getContainerProperties().setAckMode(AckMode.RECORD);
        ExponentialBackOff backOff = new ExponentialBackOff(1_000, 2.0);
        backOff.setMaxInterval(60_000);
        DefaultErrorHandler errors = new DefaultErrorHandler((record, failure) -> log.warn(
                "No acknowledgement for response {}: {}", record.key(), reason(failure)), backOff);
        errors.addNotRetryableExceptions(UnusableAddressException.class);
        factory.setCommonErrorHandler(errors);
        return factory;
    }

    /** Our own reason, or else only the kind of failure: a parser's message may quote the record, address and all. */
    private static String reason(Throwable failure) {
        Throwable root = failure;
        for (@Nullable Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnusableAddressException) {
                return cause.getMessage();
            }
            root = cause;
        }
        return root.getClass().getSimpleName();
    }
}
