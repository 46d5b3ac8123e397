package uk.consultation.intake.receive;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A response as submitted to the API or the online form. Positions and types are plain strings here so that a wrong
 * value is reported against its field rather than as unreadable JSON.
 */
public record ResponseSubmission(@Nullable Respondent respondent, @Nullable Map<String, @Nullable Answer> answers) {

    public record Respondent(@Nullable String type, @Nullable String organisationName, @Nullable String name,
            @Nullable String email) {
    }

    public record Answer(@Nullable String position, @Nullable String comment) {
    }
}
