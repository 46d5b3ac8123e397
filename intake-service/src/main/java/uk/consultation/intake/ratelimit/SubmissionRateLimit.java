package uk.consultation.intake.ratelimit;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * A token bucket per client address, shared by the form and the API. The client is the connection's address, or the
 * address a trusted proxy forwarded when {@code server.forward-headers-strategy} says to trust one; a header a client
 * sets itself never decides.
 * <p>
 * An IPv6 client is its /64, and its site, the /48 around it, has a larger bucket of its own that every /64 in it
 * draws on too: a site holds 65,536 /64s, each of which would otherwise have had an allowance of its own. A /64's
 * bucket is only made with a token of its site's, so one site can have at most its site capacity plus what refills
 * while a bucket is remembered in the cache, however many addresses it sends from, and cannot push everyone else's
 * buckets out of it.
 */
public class SubmissionRateLimit {

    private static final Logger log = LoggerFactory.getLogger(SubmissionRateLimit.class);

    private final RateLimitSettings settings;
    private final boolean forwardedHeadersIgnored;
    private final AtomicBoolean proxyReported = new AtomicBoolean();
    private final Cache<String, Bucket> buckets;

    /**
     * @param forwardedHeadersIgnored {@code server.forward-headers-strategy} is none: a proxy's clients all have the
     *                                proxy's address
     */
    SubmissionRateLimit(RateLimitSettings settings, boolean forwardedHeadersIgnored) {
        this.settings = settings;
        this.forwardedHeadersIgnored = forwardedHeadersIgnored;
        this.buckets = Caffeine.newBuilder()
                .maximumSize(settings.clients())
                // a bucket left alone this long is full again, so forgetting it changes nothing
                .expireAfterAccess(Collections.max(List.of(refill(settings.capacity(), settings.perMinute()),
                        refill(settings.siteCapacity(), settings.sitePerMinute()))).plusSeconds(1))
                .build();
    }

    private static Duration refill(int capacity, int perMinute) {
        return Duration.ofMinutes(1).multipliedBy(capacity).dividedBy(perMinute);
    }

    /**
     * Takes one submission from the client's allowance, and from its site's.
     *
     * @throws TooManySubmissionsException when there is none left for now
     */
    public void take(HttpServletRequest request) {
        if (!settings.enabled()) {
            return;
        }
        reportProxy(request);
        Client client = Client.of(request.getRemoteAddr());
        if (client.site() == null) {
            consume(buckets.get(client.address(), address -> bucket(settings.capacity(), settings.perMinute())));
            return;
        }
        // An empty bucket is refused as it is, without its site's token and without counting as a use that keeps it
        Bucket known = buckets.policy().getIfPresentQuietly(client.address());
        if (known != null && known.getAvailableTokens() < 1) {
            throw refused(known.estimateAbilityToConsume(1).getNanosToWaitForRefill());
        }
        Bucket site = buckets.get(client.site(), prefix -> bucket(settings.siteCapacity(), settings.sitePerMinute()));
        consume(site);
        try {
            consume(buckets.get(client.address(), address -> bucket(settings.capacity(), settings.perMinute())));
        } catch (TooManySubmissionsException refused) {
            // emptied in the meantime by the client's other requests: nothing was received, so the site keeps its token
            site.addTokens(1);
            throw refused;
        }
    }

    /** Clients and sites remembered, for the gauge that shows how full the cache ({@code clients}) is. */
    long remembered() {
        return buckets.estimatedSize();
    }

    private static Bucket bucket(int capacity, int perMinute) {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(capacity).refillGreedy(perMinute, Duration.ofMinutes(1)))
                .build();
    }

    private static void consume(Bucket bucket) {
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw refused(probe.getNanosToWaitForRefill());
        }
    }

    private static TooManySubmissionsException refused(long nanosToWait) {
        return new TooManySubmissionsException(Duration.ofNanos(nanosToWait).toSeconds() + 1);
    }

    /**
     * Once: a proxy in front that forwards its clients' addresses while this service ignores them makes every client
     * one, which the first few hundred respondents use up for all.
     */
    private void reportProxy(HttpServletRequest request) {
        if (forwardedHeadersIgnored && !proxyReported.get()
                && (request.getHeader("X-Forwarded-For") != null || request.getHeader("Forwarded") != null)
                && proxyReported.compareAndSet(false, true)) {
            log.warn("Submissions arrive through a proxy (with X-Forwarded-For or Forwarded) but"
                    + " server.forward-headers-strategy is none, so every respondent behind it has the proxy's address"
                    + " {} and they all share ONE rate-limit allowance of {} a minute. Set"
                    + " SERVER_FORWARD_HEADERS_STRATEGY=native (and server.tomcat.remoteip.internal-proxies if the"
                    + " proxy's address is not a private one).", request.getRemoteAddr(), settings.perMinute());
        }
    }

    /**
     * Whose allowance a submission takes. An IPv6 client is given a whole /64 and may use any address in it, so the
     * /64 is the client; its site is the /48 around it.
     *
     * @param site null for IPv4
     */
    record Client(String address, @Nullable String site) {

        static Client of(String address) {
            if (address.indexOf(':') < 0) {
                return new Client(address, null);
            }
            try {
                // an address literal: nothing is looked up
                byte[] bytes = InetAddress.getByName(address).getAddress();
                if (bytes.length != 16) {
                    return new Client(InetAddress.getByAddress(bytes).getHostAddress(), null);
                }
                return new Client(HexFormat.of().formatHex(bytes, 0, 8) + "::/64",
                        HexFormat.of().formatHex(bytes, 0, 6) + "::/48");
            } catch (UnknownHostException unparseable) {
                return new Client(address, null);
            }
        }
    }
}
