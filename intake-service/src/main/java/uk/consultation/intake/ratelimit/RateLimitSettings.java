package uk.consultation.intake.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many public submissions (the form's and the API's together) one client address may make.
 *
 * @param enabled   off only where one address legitimately sends thousands, such as the intake benchmark
 * @param capacity  submissions one client may send at once, before it has to wait
 * @param perMinute how fast that allowance comes back
 * @param clients   client addresses remembered at once; beyond it the least recently seen are forgotten, so that
 *                  submissions from very many addresses cannot exhaust memory
 */
@ConfigurationProperties("intake.rate-limit")
record RateLimitSettings(boolean enabled, int capacity, int perMinute, int clients) {

    RateLimitSettings {
        if (capacity < 1 || perMinute < 1 || clients < 1) {
            throw new IllegalArgumentException("intake.rate-limit: capacity, per-minute and clients must be at least 1");
        }
    }
}
