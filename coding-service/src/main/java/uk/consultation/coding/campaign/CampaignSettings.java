package uk.consultation.coding.campaign;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How alike texts must be to count as one campaign.
 *
 * @param maxDistance how many of the 64 signature bits two campaign texts may differ in (0: identical wording only)
 * @param minWords    shorter texts are never grouped: "I disagree" is not a campaign
 */
@ConfigurationProperties("coding.campaigns")
record CampaignSettings(int maxDistance, int minWords) {

    CampaignSettings {
        if (maxDistance < 0 || maxDistance > 16) {
            throw new IllegalArgumentException("coding.campaigns.max-distance must be 0 to 16, not " + maxDistance);
        }
        if (minWords < 3) {
            throw new IllegalArgumentException("coding.campaigns.min-words must be at least 3, not " + minWords);
        }
    }
}
