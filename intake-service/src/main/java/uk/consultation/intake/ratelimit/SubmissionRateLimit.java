package uk.consultation.intake.ratelimit;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.HexFormat;

import jakarta.servlet.http.HttpServletRequest;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * A token bucket per client address, shared by the form and the API. The client is the connection's address, or the
 * address a trusted proxy forwarded when {@code server.forward-headers-strategy} says to trust one; a header a client
 * sets itself never decides.
 */
public class SubmissionRateLimit {

    private final RateLimitSettings settings;
    private final Cache<String, Bucket> buckets;

    SubmissionRateLimit(RateLimitSettings settings) {
        this.settings = settings;
        this.buckets = Caffeine.newBuilder()
                .maximumSize(settings.clients())
                // a bucket left alone this long is full again, so forgetting it changes nothing
                .expireAfterAccess(Duration.ofMinutes(1).multipliedBy(settings.capacity()).dividedBy(settings.perMinute()).plusSeconds(1))
                .build();
    }

    /**
     * Takes one submission from the client's allowance.
     *
     * @throws TooManySubmissionsException when there is none left for now
     */
    public void take(HttpServletRequest request) {
        if (!settings.enabled()) {
            return;
        }
        Bucket bucket = buckets.get(client(request.getRemoteAddr()), address -> Bucket.builder()
                .addLimit(limit -> limit.capacity(settings.capacity())
                        .refillGreedy(settings.perMinute(), Duration.ofMinutes(1)))
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new TooManySubmissionsException(Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
        }
    }

    /** An IPv6 client is given a whole /64 and may use any address in it, so the /64 is the client. */
    static String client(String address) {
        if (address.indexOf(':') < 0) {
            return address;
        }
        try {
            // an address literal: nothing is looked up
            byte[] bytes = InetAddress.getByName(address).getAddress();
            return bytes.length == 16 ? HexFormat.of().formatHex(bytes, 0, 8) + "::/64"
                    : InetAddress.getByAddress(bytes).getHostAddress();
        } catch (UnknownHostException unparseable) {
            return address;
        }
    }
}
