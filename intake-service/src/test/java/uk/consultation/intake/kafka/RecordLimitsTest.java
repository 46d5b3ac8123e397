package uk.consultation.intake.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

import uk.consultation.schemas.Topics;

/** The one chain of record limits: what intake sends and reads agrees with what the topics and the broker take. */
class RecordLimitsTest {

    private final Properties settings = settings();

    @Test
    void intakeSendsResponsesOfHalfARecordAndReadsAnyRecordWhole() {
        assertThat(settings.getProperty("spring.kafka.producer.properties.max.request.size"))
                .isEqualTo(String.valueOf(Topics.MAX_RESPONSE_BYTES));
        assertThat(settings.getProperty("spring.kafka.consumer.properties.max.partition.fetch.bytes"))
                .isEqualTo(String.valueOf(Topics.MAX_RECORD_BYTES));
    }

    private static Properties settings() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        return yaml.getObject();
    }
}
