package uk.consultation.intake.receive;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A response as submitted to the API or the online form. Positions and types are plain strings here so that a wrong
 * value is reported against its field rather than as unreadable JSON.
 */
record ResponseSubmission(@Nullable Respondent respondent, @Nullable Map<String, @Nullable Answer> answers) {

    record Respondent(@Nullable String type, @Nullable String organisationName, @Nullable String name,
            @Nullable String email) {
    }

    record Answer(@Nullable String position, @Nullable String comment) {
    }
}
