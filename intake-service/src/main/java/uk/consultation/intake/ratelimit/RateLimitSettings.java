package uk.consultation.intake.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many public submissions (the form's and the API's together) one client address may make.
 *
 * @param enabled       off only where one address legitimately sends thousands, such as the intake benchmark
 * @param capacity      submissions one client (an IPv4 address, an IPv6 /64) may send at once, before it has to wait
 * @param perMinute     how fast that allowance comes back
 * @param siteCapacity  submissions all the /64s of one IPv6 /48 may send at once, together
 * @param sitePerMinute how fast that allowance comes back
 * @param clients       clients and sites remembered at once; beyond it the least used are forgotten, so that
 *                      submissions from very many addresses cannot exhaust memory
 */
@ConfigurationProperties("intake.rate-limit")
record RateLimitSettings(boolean enabled, int capacity, int perMinute, int siteCapacity, int sitePerMinute,
        int clients) {

    RateLimitSettings {
        if (capacity < 1 || perMinute < 1 || siteCapacity < 1 || sitePerMinute < 1 || clients < 1) {
            throw new IllegalArgumentException("intake.rate-limit: capacity, per-minute, site-capacity, site-per-minute"
                    + " and clients must be at least 1");
        }
    }
}
