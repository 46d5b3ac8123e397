package uk.consultation.coding.campaign;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How alike texts must be to count as one campaign.
 *
 * @param minSharedBands how many of a text's {@value CampaignBands#BANDS} index keys an earlier response's campaign
 *                       must hold for the text to join it (see {@link CampaignBands})
 * @param minWords       shorter texts are never grouped: "I disagree" is not a campaign
 */
@ConfigurationProperties("coding.campaigns")
record CampaignSettings(int minSharedBands, int minWords) {

    CampaignSettings {
        if (minSharedBands < 1 || minSharedBands > CampaignBands.BANDS) {
            throw new IllegalArgumentException("coding.campaigns.min-shared-bands must be 1 to " + CampaignBands.BANDS
                    + ", not " + minSharedBands);
        }
        if (minWords < 3) {
            throw new IllegalArgumentException("coding.campaigns.min-words must be at least 3, not " + minWords);
        }
    }
}
