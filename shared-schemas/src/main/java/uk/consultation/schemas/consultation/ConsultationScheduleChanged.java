package uk.consultation.schemas.consultation;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;

/**
 * A change of a consultation's dates or retention, for the record: what decides which responses are late and when
 * every respondent's text is erased. Written before the definition that makes the change.
 *
 * @param changedBy        the administrator's account name, as they signed in
 * @param codeframeVersion the version of the definition that made the change
 */
public record ConsultationScheduleChanged(
        String consultationId,
        String changedBy,
        Instant changedAt,
        int codeframeVersion,
        Schedule before,
        Schedule after) {

    /** The part of a definition this record follows. */
    public record Schedule(ZoneId timeZone, LocalDateTime opens, LocalDateTime closes, @Nullable Period retainTextFor) {

        public static Schedule of(ConsultationDefinition definition) {
            return new Schedule(definition.timeZone(), definition.opens(), definition.closes(),
                    definition.retainTextFor());
        }
    }
}
