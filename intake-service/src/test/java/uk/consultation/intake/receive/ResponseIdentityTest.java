package uk.consultation.intake.receive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ResponseIdentityTest {

    private static final List<String> CONTENT = List.of("agree", "Shared activities matter.");

    @Test
    void theSameContentUnderTheSameKeyIsTheSameResponse() {
        var first = ResponseIdentity.of("integrated-communities-2018", "key-1", CONTENT);

        assertThat(ResponseIdentity.of("integrated-communities-2018", "key-1", List.copyOf(CONTENT))).isEqualTo(first);
        assertThat(ResponseIdentity.of("integrated-communities-2018", "key-2", CONTENT).responseId())
                .isNotEqualTo(first.responseId());
        assertThat(ResponseIdentity.of("another-consultation", "key-1", CONTENT).responseId())
                .isNotEqualTo(first.responseId());
    }

    @Test
    void otherContentUnderSomeoneElsesKeyIsAnotherResponse() {
        var theirs = ResponseIdentity.of("c", "key-1", CONTENT);
        var newcomers = ResponseIdentity.of("c", "key-1", List.of("disagree", "Shared activities matter."));

        assertThat(newcomers.responseId()).isNotEqualTo(theirs.responseId());
        assertThat(newcomers.reference()).isNotEqualTo(theirs.reference());
    }

    /** What intake claims on response-keys: the key's hash with the content's, never the key itself. */
    @Test
    void aKeysUseIsClaimedByHashesAndATrustedKeyIsNotClaimed() {
        String messageId = "<ann.example@example.org>";
        var theirs = ResponseIdentity.of("c", "message-id:" + messageId, CONTENT).keyUse();
        var newcomers = ResponseIdentity.of("c", "message-id:" + messageId, List.of("disagree")).keyUse();

        assertThat(theirs).isNotNull();
        assertThat(newcomers).isNotNull();
        assertThat(newcomers.key()).isEqualTo(theirs.key()).doesNotContain("example").hasSize(64);
        assertThat(newcomers.contentHash()).isNotEqualTo(theirs.contentHash());
        assertThat(ResponseIdentity.of("d", "message-id:" + messageId, CONTENT).keyUse().key())
                .isNotEqualTo(theirs.key());
        assertThat(ResponseIdentity.of("c", null, CONTENT).keyUse()).isNull();
        assertThat(ResponseIdentity.ofTrustedKey("c", "smartsurvey:123").keyUse()).isNull();
    }

    @Test
    void withoutAKeyTheContentAloneIdentifiesTheResponse() {
        assertThat(ResponseIdentity.of("c", null, CONTENT)).isEqualTo(ResponseIdentity.of("c", null, CONTENT));
        assertThat(ResponseIdentity.of("c", null, CONTENT)).isNotEqualTo(ResponseIdentity.of("c", "key-1", CONTENT));
        assertThat(ResponseIdentity.of("c", null, CONTENT))
                .isNotEqualTo(ResponseIdentity.of("c", null, List.of("agree", "Shared activities matter!")));
    }

    @Test
    void referencesAreShortAndUnambiguous() {
        for (int i = 0; i < 1000; i++) {
            assertThat(ResponseIdentity.of("c", "k" + i, CONTENT).reference())
                    .matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
        }
    }

    @Test
    void recognisesOnlyTheShapeOfAReference() {
        assertThat(ResponseIdentity.isReference(ResponseIdentity.of("c", "k", CONTENT).reference())).isTrue();
        assertThat(ResponseIdentity.isReference("ABCD-EFGI")).isFalse();
        assertThat(ResponseIdentity.isReference("abcd-1234")).isFalse();
        assertThat(ResponseIdentity.isReference("ABCD-1234 call 0800 000 000")).isFalse();
    }
}
