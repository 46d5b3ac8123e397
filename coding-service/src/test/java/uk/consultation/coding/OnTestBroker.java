package uk.consultation.coding;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.consultation.testsupport.TestInfrastructure;

/** For tests of the whole service: it runs against the test broker. */
public abstract class OnTestBroker {

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", TestInfrastructure::kafkaBootstrapServers);
    }
}
