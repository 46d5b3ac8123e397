package uk.consultation.coding.campaign;

import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.stereotype.Component;

import uk.consultation.coding.kafka.TopicReader;
import uk.consultation.schemas.Topics;

/**
 * Before coding starts, reads back every coding published so far, so that a campaign begun before a restart is
 * recognised after it. Only then does the coding listener start.
 */
@Component
class CampaignIndexLoader implements ApplicationRunner {

    /** The listener this loader holds back; it does not start on its own. */
    public static final String CODING_LISTENER = "coding";

    private static final Logger log = LoggerFactory.getLogger(CampaignIndexLoader.class);

    private final KafkaProperties kafkaProperties;
    private final Campaigns campaigns;
    private final KafkaListenerEndpointRegistry listeners;

    CampaignIndexLoader(KafkaProperties kafkaProperties, Campaigns campaigns, KafkaListenerEndpointRegistry listeners) {
        this.kafkaProperties = kafkaProperties;
        this.campaigns = campaigns;
        this.listeners = listeners;
    }

    @Override
    public void run(ApplicationArguments args) {
        long read = TopicReader.readEvents(kafkaProperties, Topics.RESPONSES_CODED, campaigns::remember);
        log.info("Read {} codings back for campaign detection; coding starts", read);
        Objects.requireNonNull(listeners.getListenerContainer(CODING_LISTENER), "no coding listener").start();
    }
}
