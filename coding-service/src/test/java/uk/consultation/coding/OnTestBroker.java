package uk.consultation.coding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.consultation.testsupport.TestInfrastructure;

/**
 * For tests of the whole service: it runs against the test broker. Each test class has a service of its own, closed
 * after it: two alive at once would share the consumer group and split the partitions between them, and a test's views
 * (review queue, emerging themes) hold only what its own service coded.
 */
@DirtiesContext
public abstract class OnTestBroker {

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", TestInfrastructure::kafkaBootstrapServers);
        // Each service its own campaign stores, restored from their changelogs as a new instance's would be
        registry.add("spring.kafka.streams.state-dir", OnTestBroker::stateDirectory);
    }

    private static String stateDirectory() {
        try {
            return Files.createTempDirectory("coding-state").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
