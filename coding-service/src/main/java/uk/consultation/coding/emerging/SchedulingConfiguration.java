package uk.consultation.coding.emerging;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Recoding waits for a new codeframe on Spring's scheduler; candidate themes have a thread of their own. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfiguration {
}
