package uk.consultation.reporting.figures;

import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import uk.consultation.schemas.Channel;
import uk.consultation.schemas.RespondentType;

/**
 * Which responses a report author wants in the figures: with or without the late ones and the campaigns, one
 * respondent type or both, some channels, some import sources, and those received within some days (in the
 * consultation's time zone).
 *
 * @param channels     the channels to count; empty for all
 * @param sources      the import sources to count: survey platforms ({@code citizen-space}, {@code smartsurvey},
 *                     {@code microsoft-forms}) and {@link #DIRECT} for responses not imported; empty for all
 * @param receivedFrom the first day to count, if any
 * @param receivedTo   the last day to count, if any
 */
public record Selection(LateResponses late, CampaignResponses campaigns, @Nullable RespondentType respondentType,
        Set<Channel> channels, Set<String> sources, @Nullable LocalDate receivedFrom, @Nullable LocalDate receivedTo) {

    /** The import source of a response that came in through the form, the API, email or post. */
    public static final String DIRECT = "direct";

    public static final Selection ALL = new Selection(LateResponses.INCLUDE, CampaignResponses.INCLUDE, null, Set.of(),
            Set.of(), null, null);

    public Selection {
        channels = Set.copyOf(channels);
        sources = Set.copyOf(sources);
    }

    /**
     * Whether the figures of a channel, import source and received day are summed; the other choices are made on the
     * sum.
     */
    boolean counts(Channel channel, @Nullable String importedFrom, LocalDate receivedOn) {
        return (channels.isEmpty() || channels.contains(channel))
                && (sources.isEmpty() || sources.contains(importedFrom == null ? DIRECT : importedFrom))
                && (receivedFrom == null || !receivedOn.isBefore(receivedFrom))
                && (receivedTo == null || !receivedOn.isAfter(receivedTo));
    }

    /** Prefixes come off outermost first (late, organisation, campaign), so each share is taken out once. */
    Totals apply(Totals counted) {
        return campaigns.apply(withoutCampaignChoice(counted));
    }

    /** Everything but the campaign choice: what campaign sizes are reported from. */
    Totals withoutCampaignChoice(Totals counted) {
        return respondents(late.apply(counted));
    }

    /** How many of the responses of the selected respondent type were late, whether or not the figures count them. */
    long late(Totals counted) {
        return respondents(counted.only(CounterPaths.LATE_PREFIX)).count(CounterPaths.RESPONSES);
    }

    private Totals respondents(Totals totals) {
        if (respondentType == null) {
            return totals;
        }
        return respondentType == RespondentType.ORGANISATION
                ? totals.only(CounterPaths.ORGANISATION_PREFIX)
                : totals.without(CounterPaths.ORGANISATION_PREFIX);
    }
}
