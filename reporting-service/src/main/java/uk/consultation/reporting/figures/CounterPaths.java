package uk.consultation.reporting.figures;

import java.util.Optional;
import java.util.Locale;

import uk.consultation.schemas.Channel;
import uk.consultation.schemas.Position;
import uk.consultation.schemas.RespondentType;
import uk.consultation.schemas.coding.CodingSource;

/**
 * The names of the counters, as dotted paths into a figures document's {@code counts}. Question ids and theme codes
 * are identifiers without dots (the definition is validated), so every path segment is a plain field name.
 */
final class CounterPaths {

    static final String RESPONSES = "responses";
    /** Responses whose latest coding asks for an analyst: the review queue, which a later coding can leave. */
    static final String NEEDS_REVIEW = "needsReview";
    /** Late responses count everywhere and again under this prefix, so figures can leave them out by subtraction. */
    static final String LATE_PREFIX = "late.";

    private CounterPaths() {
    }

    /** Campaign responses count everywhere and again under this prefix, so figures can leave them out or show them alone. */
    static final String CAMPAIGN_PREFIX = "campaign.";

    static String campaign(String counter) {
        return CAMPAIGN_PREFIX + counter;
    }

    /** How many responses a campaign has: "campaigns.", not "campaign.", so it is not a campaign share of a counter. */
    static String campaignSize(String campaignId) {
        return CAMPAIGN_SIZES + campaignId;
    }

    static final String CAMPAIGN_SIZES = "campaigns.";

    /**
     * Organisations' responses count everywhere and again under this prefix, so figures can show either respondent
     * type alone: organisations by the prefix, individuals by subtracting it.
     */
    static final String ORGANISATION_PREFIX = "organisation.";

    static String organisation(String counter) {
        return ORGANISATION_PREFIX + counter;
    }

    static String late(String counter) {
        return LATE_PREFIX + counter;
    }


    static String noToAll(RespondentType type) {
        return "noToAll." + type.wireName();
    }

    static String channel(Channel channel) {
        return "channel." + channel.wireName();
    }

    static String respondents(RespondentType type) {
        return "respondents." + type.wireName();
    }

    static String questionResponses(String questionId) {
        return question(questionId) + RESPONSES;
    }

    static String questionResponses(String questionId, RespondentType type) {
        return question(questionId) + type.wireName() + "." + RESPONSES;
    }

    static String questionPosition(String questionId, RespondentType type, Position position) {
        return question(questionId) + type.wireName() + "." + position.wireName();
    }

    /** Answers by where their code came from: the coder (explicit, parsed, inferred) or an analyst (reviewed). */
    static String questionSource(String questionId, CodingSource source) {
        return question(questionId) + "sources." + source.name().toLowerCase(Locale.ROOT);
    }

    static String questionChannel(String questionId, Channel channel) {
        return question(questionId) + channel(channel);
    }

    static String questionTheme(String questionId, String themeCode, RespondentType type) {
        return question(questionId) + "themes." + themeCode + "." + type.wireName();
    }

    /** The {@code questionId#themeCode} an unprefixed theme counter is about. */
    static Optional<String> questionTheme(String counter) {
        String[] segments = counter.split("\\.");
        return segments.length == 5 && segments[0].equals("questions") && segments[2].equals("themes")
                ? Optional.of(segments[1] + "#" + segments[3])
                : Optional.empty();
    }

    private static String question(String questionId) {
        return "questions." + questionId + ".";
    }
}
