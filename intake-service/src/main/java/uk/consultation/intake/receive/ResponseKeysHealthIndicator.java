package uk.consultation.intake.receive;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

import uk.consultation.schemas.Topics;

/**
 * Part of readiness: until the store of key claims has read {@code response-keys}, every keyed response (the form's,
 * the API's with an Idempotency-Key) would get 503, so a load balancer, the local stack and the tests wait for it.
 */
@Component("responseKeysHealthIndicator")
class ResponseKeysHealthIndicator extends AbstractHealthIndicator {

    private final KeyClaims claims;

    ResponseKeysHealthIndicator(KeyClaims claims) {
        super("The store of response keys could not be read");
        this.claims = claims;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        if (claims.ready()) {
            builder.up();
        } else {
            builder.outOfService().withDetail("reading", Topics.RESPONSE_KEYS.name());
        }
    }
}
