package uk.consultation.reporting.figures;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

import uk.consultation.reporting.figures.QuestionFigures.ChannelFigures;
import uk.consultation.schemas.Channel;
import uk.consultation.schemas.RespondentType;
import uk.consultation.schemas.consultation.ConsultationDefinition;

/**
 * The figures for a whole consultation, with each question's in the order the consultation asks them.
 *
 * @param late         how many responses arrived after the closing time, whether or not they are in these figures
 * @param lateIncluded whether the late responses are counted in these figures
 * @param noToAll      respondents who disagreed with every closed question they answered and wrote nothing
 * @param campaignResponses responses that belong to a campaign (of those the late choice keeps), whether or not the
 *                     campaigns are in these figures
 * @param campaignChoice whether these figures {@code include} campaign responses, {@code exclude} them or show
 *                     {@code only} them
 * @param campaigns    every campaign, largest first
 * @param respondentType the one respondent type these figures count, if not both
 * @param channels     the channels these figures count, all if empty
 * @param sources      the import sources these figures count, all if empty
 * @param receivedFrom the first day received these figures count, if any
 * @param receivedTo   the last day received these figures count, if any
 * @param needsReview  responses whose latest coding is flagged for an analyst's review: the review queue
 */
public record ConsultationFigures(
        String consultationId,
        String title,
        long responses,
        ChannelFigures byChannel,
        RespondentTypeFigures byRespondentType,
        RespondentTypeFigures noToAll,
        long late,
        boolean lateIncluded,
        long campaignResponses,
        String campaignChoice,
        List<CampaignFigures> campaigns,
        List<QuestionFigures> questions,
        @Nullable RespondentType respondentType,
        Set<Channel> channels,
        Set<String> sources,
        @Nullable LocalDate receivedFrom,
        @Nullable LocalDate receivedTo,
        long needsReview,
        @Nullable Instant asOf) {

    static ConsultationFigures of(ConsultationDefinition definition, Totals counted, Selection selection,
            Map<String, FiguresQuery.CampaignText> campaignTexts) {
        Totals totals = selection.apply(counted);
        Totals beforeCampaignChoice = selection.withoutCampaignChoice(counted);
        return new ConsultationFigures(definition.id(), definition.title(),
                totals.count(CounterPaths.RESPONSES),
                new ChannelFigures(
                        totals.count(CounterPaths.channel(Channel.ONLINE)),
                        totals.count(CounterPaths.channel(Channel.EMAIL)),
                        totals.count(CounterPaths.channel(Channel.LETTER))),
                new RespondentTypeFigures(
                        totals.count(CounterPaths.respondents(RespondentType.INDIVIDUAL)),
                        totals.count(CounterPaths.respondents(RespondentType.ORGANISATION))),
                new RespondentTypeFigures(
                        totals.count(CounterPaths.noToAll(RespondentType.INDIVIDUAL)),
                        totals.count(CounterPaths.noToAll(RespondentType.ORGANISATION))),
                selection.late(counted),
                selection.late() == LateResponses.INCLUDE,
                beforeCampaignChoice.count(CounterPaths.campaign(CounterPaths.RESPONSES)),
                selection.campaigns().parameterValue(),
                CampaignFigures.of(beforeCampaignChoice, campaignTexts),
                definition.questions().stream().map(question -> QuestionFigures.of(question, totals)).toList(),
                selection.respondentType(),
                new TreeSet<>(selection.channels()),
                new TreeSet<>(selection.sources()),
                selection.receivedFrom(),
                selection.receivedTo(),
                totals.count(CounterPaths.NEEDS_REVIEW),
                totals.asOf());
    }

    public record RespondentTypeFigures(long individual, long organisation) {
    }

    /** A campaign: its size, and its first response's text (personal data removed), largest campaign first. */
    public record CampaignFigures(String id, long responses, @Nullable String canonicalResponseId,
            @Nullable String canonicalText) {

        static List<CampaignFigures> of(Totals totals, Map<String, FiguresQuery.CampaignText> texts) {
            return totals.campaignSizes().entrySet().stream()
                    .map(size -> {
                        FiguresQuery.CampaignText text = texts.get(size.getKey());
                        return new CampaignFigures(size.getKey(), size.getValue(),
                                text == null ? null : text.canonicalResponseId(),
                                text == null ? null : text.canonicalText());
                    })
                    .sorted(Comparator.comparingLong(CampaignFigures::responses).reversed()
                            .thenComparing(CampaignFigures::id))
                    .toList();
        }
    }
}
