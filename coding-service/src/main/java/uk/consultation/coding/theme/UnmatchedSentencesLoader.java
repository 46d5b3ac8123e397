package uk.consultation.coding.theme;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import uk.consultation.coding.kafka.TopicReader;
import uk.consultation.schemas.Topics;
import uk.consultation.schemas.consultation.ConsultationCatalog;

/**
 * Rebuilds the unmatched sentences from the codings published before this start. Their vectors are not on the topic,
 * so each answer is scored again, which takes a while: it runs in the background and coding does not wait for it.
 * Ordered first, so that what coding does meanwhile is known to be newer than anything read back.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnmatchedSentencesLoader implements ApplicationRunner, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(UnmatchedSentencesLoader.class);

    private final KafkaProperties kafkaProperties;
    private final ConsultationCatalog catalog;
    private final ThemeCoder themes;
    private final UnmatchedSentences unmatched;
    private volatile boolean stopping;

    UnmatchedSentencesLoader(KafkaProperties kafkaProperties, ConsultationCatalog catalog, ThemeCoder themes,
            UnmatchedSentences unmatched) {
        this.kafkaProperties = kafkaProperties;
        this.catalog = catalog;
        this.themes = themes;
        this.unmatched = unmatched;
    }

    @Override
    public void run(ApplicationArguments args) {
        unmatched.startRebuilding();
        Thread loader = new Thread(this::rebuild, "unmatched-sentences-loader");
        loader.setDaemon(true);
        loader.start();
    }

    /**
     * Stopping the service does not wait for the rebuild (a daemon thread), nor let it score answers meanwhile; the
     * rest of the topic is only read.
     */
    @Override
    public void destroy() {
        stopping = true;
    }

    private void rebuild() {
        try {
            if (!catalog.awaitCaughtUp(Duration.ofMinutes(5))) {
                log.warn("Consultation catalog not loaded; unmatched sentences are rebuilt as definitions arrive");
            }
            long read = TopicReader.readEvents(kafkaProperties, Topics.RESPONSES_CODED,
                    coded -> catalog.find(coded.consultationId())
                            .filter(consultation -> !stopping)
                            .ifPresent(consultation -> themes.restore(coded, consultation)));
            log.info("Read {} codings back for emerging themes", read);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.error("Unmatched sentences could not be rebuilt; emerging themes start from new codings only", e);
        } finally {
            unmatched.rebuilt();
        }
    }
}
