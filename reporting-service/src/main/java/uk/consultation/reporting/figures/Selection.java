package uk.consultation.reporting.figures;

/** Which responses a report author wants in the figures: with or without the late ones, and the campaigns. */
record Selection(LateResponses late, CampaignResponses campaigns) {

    static final Selection ALL = new Selection(LateResponses.INCLUDE, CampaignResponses.INCLUDE);

    /** Late first: a late campaign response is then taken out once, whichever choices are made. */
    Totals apply(Totals counted) {
        return campaigns.apply(late.apply(counted));
    }
}
