package uk.consultation.intake.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** Who counts as one client, and what a client over its allowance is told. */
class SubmissionRateLimitTest {

    private final SubmissionRateLimit limit = new SubmissionRateLimit(new RateLimitSettings(true, 2, 1, 100));

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
    void anIpv4AddressIsOneClientHoweverItIsWritten() {
        limit.take(from("192.0.2.1"));
        limit.take(from("::ffff:192.0.2.1"));

        assertThatThrownBy(() -> limit.take(from("192.0.2.1"))).isInstanceOf(TooManySubmissionsException.class);
        limit.take(from("192.0.2.2"));
    }

    @Test
    void switchedOffItTakesEverything() {
        SubmissionRateLimit off = new SubmissionRateLimit(new RateLimitSettings(false, 1, 1, 1));
        for (int i = 0; i < 100; i++) {
            off.take(from("192.0.2.1"));
        }
    }

    private static MockHttpServletRequest from(String address) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        return request;
    }
}
