package uk.consultation.reporting.figures;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

import uk.consultation.schemas.Channel;
import uk.consultation.schemas.Position;
import uk.consultation.schemas.RespondentType;
import uk.consultation.schemas.coding.CodingSource;
import uk.consultation.schemas.consultation.Question;
import uk.consultation.schemas.consultation.QuestionKind;

/** The published figures for one question: who answered, what positions they took and which themes they raised. */
public record QuestionFigures(
        String questionId,
        String number,
        String text,
        QuestionKind kind,
        long responses,
        RespondentFigures organisations,
        RespondentFigures individuals,
        ChannelFigures byChannel,
        SourceFigures bySource,
        List<ThemeFigures> themes,
        @Nullable Instant asOf) {

    static QuestionFigures of(Question question, Totals totals) {
        String id = question.id();
        List<ThemeFigures> themes = question.codeframe().stream()
                .map(theme -> new ThemeFigures(theme.code(), theme.label(),
                        totals.count(CounterPaths.questionTheme(id, theme.code(), RespondentType.ORGANISATION)),
                        totals.count(CounterPaths.questionTheme(id, theme.code(), RespondentType.INDIVIDUAL))))
                .filter(theme -> theme.responses() > 0)
                // stable: themes raised equally often stay in codeframe order
                .sorted(Comparator.comparingLong(ThemeFigures::responses).reversed())
                .toList();
        return new QuestionFigures(id, question.number(), question.text(), question.kind(),
                totals.count(CounterPaths.questionResponses(id)),
                RespondentFigures.of(id, RespondentType.ORGANISATION, totals),
                RespondentFigures.of(id, RespondentType.INDIVIDUAL, totals),
                new ChannelFigures(
                        totals.count(CounterPaths.questionChannel(id, Channel.ONLINE)),
                        totals.count(CounterPaths.questionChannel(id, Channel.EMAIL)),
                        totals.count(CounterPaths.questionChannel(id, Channel.LETTER))),
                new SourceFigures(
                        totals.count(CounterPaths.questionSource(id, CodingSource.EXPLICIT)),
                        totals.count(CounterPaths.questionSource(id, CodingSource.PARSED)),
                        totals.count(CounterPaths.questionSource(id, CodingSource.INFERRED)),
                        totals.count(CounterPaths.questionSource(id, CodingSource.REVIEWED))),
                themes,
                totals.asOf());
    }

    /** One respondent type's answers; percentages are of that type's responses to the question. */
    public record RespondentFigures(long responses, long agree, long disagree, long notSure,
            int agreePercent, int disagreePercent, int notSurePercent) {

        static RespondentFigures of(String questionId, RespondentType type, Totals totals) {
            long responses = totals.count(CounterPaths.questionResponses(questionId, type));
            long agree = totals.count(CounterPaths.questionPosition(questionId, type, Position.AGREE));
            long disagree = totals.count(CounterPaths.questionPosition(questionId, type, Position.DISAGREE));
            long notSure = totals.count(CounterPaths.questionPosition(questionId, type, Position.NOT_SURE));
            return new RespondentFigures(responses, agree, disagree, notSure,
                    Percent.of(agree, responses), Percent.of(disagree, responses), Percent.of(notSure, responses));
        }
    }

    public record ChannelFigures(long online, long email, long letter) {
    }

    /** Answers by who coded them: given on a form, read from the template, inferred by the coder, or an analyst's. */
    public record SourceFigures(long explicit, long parsed, long inferred, long reviewed) {
    }

    public record ThemeFigures(String code, String label, long responses, long organisations, long individuals) {

        ThemeFigures(String code, String label, long organisations, long individuals) {
            this(code, label, organisations + individuals, organisations, individuals);
        }
    }
}
