package uk.consultation.coding.receive;

import java.util.Objects;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.stereotype.Component;

/**
 * Starts coding once the service is up, after the start-up work ordered before it (the unmatched sentences' rebuild
 * takes note first of what is coded from then on).
 */
@Component
@Order(0)
class CodingStart implements ApplicationRunner {

    static final String LISTENER = "coding";

    private final KafkaListenerEndpointRegistry listeners;

    CodingStart(KafkaListenerEndpointRegistry listeners) {
        this.listeners = listeners;
    }

    @Override
    public void run(ApplicationArguments args) {
        Objects.requireNonNull(listeners.getListenerContainer(LISTENER), "no coding listener").start();
    }
}
