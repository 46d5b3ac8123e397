package uk.consultation.reporting.figures;

import uk.consultation.schemas.Channel;
import uk.consultation.schemas.Position;
import uk.consultation.schemas.RespondentType;

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

    static String questionChannel(String questionId, Channel channel) {
        return question(questionId) + channel(channel);
    }

    static String questionTheme(String questionId, String themeCode, RespondentType type) {
        return question(questionId) + "themes." + themeCode + "." + type.wireName();
    }

    private static String question(String questionId) {
        return "questions." + questionId + ".";
    }
}
