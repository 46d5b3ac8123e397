package uk.consultation.reporting.figures;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether figures count the responses that belong to a campaign. UK practice counts every response and reports
 * campaigns separately: the default includes them, and report authors can leave them out or look at them alone.
 */
public enum CampaignResponses {
    INCLUDE, EXCLUDE, ONLY;

    String parameterValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<CampaignResponses> fromParameter(String value) {
        return Arrays.stream(values()).filter(choice -> choice.parameterValue().equals(value)).findFirst();
    }

    Totals apply(Totals totals) {
        return switch (this) {
            case INCLUDE -> totals;
            case EXCLUDE -> totals.without(CounterPaths.CAMPAIGN_PREFIX);
            case ONLY -> totals.only(CounterPaths.CAMPAIGN_PREFIX);
        };
    }
}
