package uk.consultation.coding.emerging;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Candidate themes are proposed on a schedule, and recoding waits for a new codeframe on the same scheduler. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfiguration {
}
