package uk.consultation.intake.consultation;

import java.time.Duration;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import uk.consultation.schemas.consultation.ConsultationCatalog;

/**
 * Before intake reports itself ready, reads every definition already on the topic and adds the bundled ones, so that
 * the example consultation is there on a fresh cluster and a restart never republishes what is already known.
 */
@Component
class BundledConsultations implements ApplicationRunner {

    private static final Duration CATALOG_WAIT = Duration.ofMinutes(2);

    private final ConsultationCatalog catalog;
    private final ConsultationRegistry registry;

    BundledConsultations(ConsultationCatalog catalog, ConsultationRegistry registry) {
        this.catalog = catalog;
        this.registry = registry;
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        if (!catalog.awaitCaughtUp(CATALOG_WAIT)) {
            throw new IllegalStateException("Could not read the consultations topic within " + CATALOG_WAIT);
        }
        registry.registerBundled();
    }
}
