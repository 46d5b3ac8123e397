package uk.consultation.reporting.live;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param coalesce  at most one event per consultation this often, however many codings arrive
 * @param heartbeat a comment this often on every stream, so that proxies keep it open and a gone client is noticed
 */
@ConfigurationProperties("reporting.live")
record LiveSettings(Duration coalesce, Duration heartbeat) {
}
