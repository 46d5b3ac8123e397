package uk.consultation.coding.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

import uk.consultation.coding.OnTestBroker;

/**
 * Stopping the service stops each listener after its record in hand, not the rest of its last poll, and waits for it
 * a bounded time, not Spring Kafka's 10 s.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ListenerShutdownTest extends OnTestBroker {

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @Test
    void everyListenerStopsAfterItsRecordInHandAndIsWaitedForABoundedTime() {
        assertThat(listeners.getListenerContainers()).isNotEmpty().allSatisfy(listener -> {
            assertThat(listener.getContainerProperties().isStopImmediate()).isTrue();
            assertThat(listener.getContainerProperties().getShutdownTimeout())
                    .isEqualTo(ListenerShutdown.WITHIN.toMillis());
        });
    }
}
