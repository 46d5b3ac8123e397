package uk.consultation.intake.erasure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.Period;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import uk.consultation.schemas.consultation.ConsultationDefinition;
import uk.consultation.schemas.consultation.ConsultationDefinitions;

class TextRetentionTest {

    private static final ConsultationDefinition BUNDLED = ConsultationDefinitions.bundled("integrated-communities-2018");

    // Closes at 23:45 on 5 June 2018, London summer time: 22:45 UTC
    private final List<ConsultationDefinition> consultations = List.of(
            consultation("kept-until-asked", null),
            consultation("two-years", Period.ofYears(2)),
            consultation("thirty-days", Period.ofDays(30)));

    @Test
    void aConsultationIsDueFromItsClosingTimePlusItsRetentionAndNotBefore() {
        assertThat(TextRetention.due(consultations, Instant.parse("2018-07-05T22:44:59Z"))).isEmpty();
        assertThat(TextRetention.due(consultations, Instant.parse("2018-07-05T22:45:00Z")))
                .containsExactly("thirty-days");
        assertThat(TextRetention.due(consultations, Instant.parse("2020-06-05T22:44:59Z")))
                .containsExactly("thirty-days");
        assertThat(TextRetention.due(consultations, Instant.parse("2020-06-05T22:45:00Z")))
                .containsExactlyInAnyOrder("thirty-days", "two-years");
    }

    @Test
    void aConsultationWithoutRetentionIsNeverDue() {
        assertThat(TextRetention.due(consultations, Instant.parse("2999-01-01T00:00:00Z")))
                .doesNotContain("kept-until-asked");
    }

    private static ConsultationDefinition consultation(String id, @Nullable Period retainTextFor) {
        return new ConsultationDefinition(id, BUNDLED.title(), BUNDLED.department(), BUNDLED.timeZone(),
                BUNDLED.opens(), BUNDLED.closes(), BUNDLED.codeframeVersion(), BUNDLED.questions(), retainTextFor);
    }
}
