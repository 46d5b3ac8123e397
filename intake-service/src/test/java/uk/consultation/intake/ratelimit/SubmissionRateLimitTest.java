package uk.consultation.intake.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletRequest;

/** Who counts as one client, and what a client over its allowance is told. */
@ExtendWith(OutputCaptureExtension.class)
class SubmissionRateLimitTest {

    /** Two at once for a client, five for an IPv6 site; 100 remembered. */
    private final SubmissionRateLimit limit =
            new SubmissionRateLimit(new RateLimitSettings(true, 2, 1, 5, 1, 100), false);

    private final Random random = new Random(48);

    @Test
    void anIpv6ClientIsItsWholeSlash64() {
        limit.take(from("2001:db8:1:2::1"));
        limit.take(from("2001:db8:1:2:ffff:ffff:ffff:ffff"));

        assertThatThrownBy(() -> limit.take(from("2001:db8:1:2:abcd::7")))
                .isInstanceOf(TooManySubmissionsException.class)
                .satisfies(refused -> assertThat(Long.parseLong(((TooManySubmissionsException) refused).retryAfter()))
                        .isBetween(1L, 61L));
        limit.take(from("2001:db8:1:3::1"));
    }

    @Test
    void theSlash64sOfOneSlash48ShareTheSitesLargerAllowance() {
        int accepted = 0;
        for (int i = 0; i < 1_000; i++) {
            try {
                limit.take(from(addressIn("20010db80007")));
                accepted++;
            } catch (TooManySubmissionsException refused) {
                // the site's allowance is used up
            }
        }
        assertThat(accepted).isEqualTo(5);
        limit.take(from(addressIn("20010db80008")));
    }

    @Test
    void aSlash48SendingFromManyAddressesCannotCrowdOthersOutOfTheCache() {
        limit.take(from("192.0.2.1"));
        limit.take(from("192.0.2.1"));
        for (int i = 0; i < 10_000; i++) {
            try {
                limit.take(from(addressIn("20010db80007")));
            } catch (TooManySubmissionsException refused) {
                // as above
            }
        }
        // the site, and one /64 for each submission it was allowed: not the 100 the cache holds
        assertThat(limit.remembered()).isLessThanOrEqualTo(1 + 1 + 5);
        assertThatThrownBy(() -> limit.take(from("192.0.2.1"))).isInstanceOf(TooManySubmissionsException.class);
    }

    @Test
    void aSlash64OverItsAllowanceDoesNotUseUpItsSitesAllowance() {
        limit.take(from("2001:db8:9:1::1"));
        limit.take(from("2001:db8:9:1::1"));
        for (int i = 0; i < 100; i++) {
            assertThatThrownBy(() -> limit.take(from("2001:db8:9:1::1"))).isInstanceOf(TooManySubmissionsException.class);
        }
        limit.take(from("2001:db8:9:2::1"));
        limit.take(from("2001:db8:9:3::1"));
        limit.take(from("2001:db8:9:4::1"));
        assertThatThrownBy(() -> limit.take(from("2001:db8:9:5::1"))).isInstanceOf(TooManySubmissionsException.class);
    }

    @Test
    void anIpv4AddressIsOneClientHoweverItIsWritten() {
        limit.take(from("192.0.2.1"));
        limit.take(from("::ffff:192.0.2.1"));

        assertThatThrownBy(() -> limit.take(from("192.0.2.1"))).isInstanceOf(TooManySubmissionsException.class);
        limit.take(from("192.0.2.2"));
    }

    @Test
    void switchedOffItTakesEverything() {
        SubmissionRateLimit off = new SubmissionRateLimit(new RateLimitSettings(false, 1, 1, 1, 1, 1), false);
        for (int i = 0; i < 100; i++) {
            off.take(from("192.0.2.1"));
        }
    }

    @Test
    void requestsThroughAProxyWhoseHeadersAreIgnoredAreReportedOnce(CapturedOutput output) {
        SubmissionRateLimit behindProxy = new SubmissionRateLimit(new RateLimitSettings(true, 20, 1, 20, 1, 100), true);
        behindProxy.take(from("10.0.0.5"));
        assertThat(output).doesNotContain("forward-headers-strategy");
        for (int i = 0; i < 3; i++) {
            MockHttpServletRequest request = from("10.0.0.5");
            request.addHeader("X-Forwarded-For", "198.51.100." + i);
            behindProxy.take(request);
        }
        MockHttpServletRequest forwarded = from("10.0.0.5");
        forwarded.addHeader("Forwarded", "for=198.51.100.9");
        behindProxy.take(forwarded);

        assertThat(output.getOut().split("SERVER_FORWARD_HEADERS_STRATEGY=native", -1)).hasSize(2);
        assertThat(output).contains("ONE rate-limit allowance");
    }

    @Test
    void aProxyWhoseHeadersAreTrustedIsNotReported(CapturedOutput output) {
        MockHttpServletRequest request = from("198.51.100.1");
        request.addHeader("X-Forwarded-For", "198.51.100.1");
        limit.take(request);
        assertThat(output).doesNotContain("forward-headers-strategy");
    }

    /** A random address in the /48 given as 12 hex digits: a random /64 in it, and a random host in that. */
    private String addressIn(String site) {
        byte[] rest = new byte[10];
        random.nextBytes(rest);
        String hex = site + HexFormat.of().formatHex(rest);
        StringBuilder address = new StringBuilder();
        for (int i = 0; i < 32; i += 4) {
            address.append(i == 0 ? "" : ":").append(hex, i, i + 4);
        }
        return address.toString();
    }

    private static MockHttpServletRequest from(String address) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        return request;
    }
}
