package uk.consultation.reporting.figures;

import java.time.Instant;
import java.util.List;

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
 */
record ConsultationFigures(
        String consultationId,
        String title,
        long responses,
        ChannelFigures byChannel,
        RespondentTypeFigures byRespondentType,
        RespondentTypeFigures noToAll,
        long late,
        boolean lateIncluded,
        List<QuestionFigures> questions,
        @Nullable Instant asOf) {

    static ConsultationFigures of(ConsultationDefinition definition, Totals counted, LateResponses lateResponses) {
        Totals totals = lateResponses.apply(counted);
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
                counted.late(),
                lateResponses == LateResponses.INCLUDE,
                definition.questions().stream().map(question -> QuestionFigures.of(question, totals)).toList(),
                totals.asOf());
    }

    record RespondentTypeFigures(long individual, long organisation) {
    }
}
