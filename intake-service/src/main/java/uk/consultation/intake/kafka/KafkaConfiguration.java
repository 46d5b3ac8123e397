package uk.consultation.intake.kafka;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

import uk.consultation.schemas.Topics;
import uk.consultation.schemas.consultation.ConsultationCatalog;

@Configuration(proxyBeanMethods = false)
class KafkaConfiguration {

    @Bean
    KafkaAdmin.NewTopics topics(TopicSettings settings) {
        return new KafkaAdmin.NewTopics(Topics.newTopics(settings.partitions(), settings.replicas())
                .toArray(NewTopic[]::new));
    }

    @Bean(initMethod = "start", destroyMethod = "close")
    ConsultationCatalog consultationCatalog(KafkaProperties kafka) {
        return new ConsultationCatalog(kafka.buildConsumerProperties(), "intake-consultations");
    }
}
