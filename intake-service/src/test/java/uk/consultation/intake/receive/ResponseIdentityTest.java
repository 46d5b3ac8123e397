package uk.consultation.intake.receive;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResponseIdentityTest {

    @Test
    void theSameIdempotencyKeyIsTheSameResponse() {
        var first = ResponseIdentity.of("integrated-communities-2018", "key-1");

        assertThat(ResponseIdentity.of("integrated-communities-2018", "key-1")).isEqualTo(first);
        assertThat(ResponseIdentity.of("integrated-communities-2018", "key-2").responseId()).isNotEqualTo(first.responseId());
        assertThat(ResponseIdentity.of("another-consultation", "key-1").responseId()).isNotEqualTo(first.responseId());
    }

    @Test
    void withoutAKeyEverySubmissionIsANewResponse() {
        assertThat(ResponseIdentity.of("c", null)).isNotEqualTo(ResponseIdentity.of("c", null));
    }

    @Test
    void referencesAreShortAndUnambiguous() {
        for (int i = 0; i < 1000; i++) {
            assertThat(ResponseIdentity.of("c", "k" + i).reference()).matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
        }
    }

    @Test
    void recognisesOnlyTheShapeOfAReference() {
        assertThat(ResponseIdentity.isReference(ResponseIdentity.of("c", "k").reference())).isTrue();
        assertThat(ResponseIdentity.isReference("ABCD-EFGI")).isFalse();
        assertThat(ResponseIdentity.isReference("abcd-1234")).isFalse();
        assertThat(ResponseIdentity.isReference("ABCD-1234 call 0800 000 000")).isFalse();
    }
}
