package uk.consultation.reporting.summary;

import java.util.Locale;

import uk.consultation.reporting.figures.ConsultationFigures;
import uk.consultation.reporting.figures.Percent;
import uk.consultation.reporting.figures.QuestionFigures;
import uk.consultation.reporting.figures.QuestionFigures.RespondentFigures;
import uk.consultation.reporting.figures.QuestionFigures.ThemeFigures;
import uk.consultation.schemas.consultation.QuestionKind;

/**
 * The sentences of a government response to a consultation, as the Integrated Communities summary words them:
 * "There were 2,929 responses to this question. Of the 288 organisational responses, 58% agreed with the question, 17%
 * disagreed with a further 24% not sure. Of the 2,641 individuals who responded, …". Numbers have thousands
 * separators; percentages are the figures' own, whole and rounded half up.
 */
final class SummaryWording {

    static final String ROUNDING = "Due to rounding, percentages may not always appear to add up to 100%.";
    static final String POINTS_RAISED = "Points raised include:";

    private SummaryWording() {
    }

    static String whoResponded(ConsultationFigures figures) {
        long offline = figures.byChannel().email() + figures.byChannel().letter();
        return "We received " + responses(figures.responses()) + " overall to the consultation. This was made up of "
                + responses(figures.byChannel().online()) + " received through the online consultation and "
                + number(offline) + (offline == 1 ? " email or letter" : " emails and letters")
                + " directly responding to the consultation.";
    }

    static String respondentTypes(ConsultationFigures figures) {
        return "We received " + responses(figures.byRespondentType().individual()) + " from individuals and "
                + responses(figures.byRespondentType().organisation()) + " from organisations.";
    }

    /** Empty when no one answered 'No' to everything. */
    static String noToAll(ConsultationFigures figures) {
        long individuals = figures.noToAll().individual();
        if (individuals == 0) {
            return "";
        }
        return "Not all respondents answered every question. " + number(individuals) + " ("
                + Percent.of(individuals, figures.byRespondentType().individual())
                + "%) of the individual respondents answered 'No' to all questions without further comment on why"
                + " they disagreed with the proposals.";
    }

    /** Empty when none arrived late. */
    static String late(ConsultationFigures figures) {
        if (figures.late() == 0) {
            return "";
        }
        return number(figures.late()) + (figures.late() == 1 ? " response arrived" : " responses arrived")
                + " after the consultation closed; " + (figures.lateIncluded()
                        ? (figures.late() == 1 ? "it is" : "they are") + " included in these figures."
                        : (figures.late() == 1 ? "it is" : "they are") + " not included in these figures.");
    }

    /** Empty when no response was part of a campaign. */
    static String campaigns(ConsultationFigures figures) {
        if (figures.campaignResponses() == 0) {
            return "";
        }
        String members = figures.campaignResponses() == 1 ? " response was" : " responses were";
        String campaigns = figures.campaigns().size() == 1 ? "an organised campaign" : number(figures.campaigns().size())
                + " organised campaigns";
        return switch (figures.campaignChoice()) {
            case "exclude" -> number(figures.campaignResponses()) + members + " part of " + campaigns
                    + " and are not included in these figures.";
            case "only" -> "These figures are of the " + number(figures.campaignResponses()) + members
                    + " part of " + campaigns + " only.";
            default -> number(figures.campaignResponses()) + members + " part of " + campaigns + ".";
        };
    }

    /** The question's figures in one paragraph: all responses, then organisations' and individuals' positions. */
    static String responses(QuestionFigures question) {
        if (question.kind() != QuestionKind.CLOSED) {
            return (question.responses() == 1 ? "There was a total of " : "There were a total of ")
                    + responses(question.responses()) + " to this question.";
        }
        StringBuilder text = new StringBuilder(question.responses() == 1 ? "There was " : "There were ")
                .append(responses(question.responses())).append(" to this question.");
        RespondentFigures organisations = question.organisations();
        if (organisations.responses() > 0) {
            text.append(" Of the ").append(number(organisations.responses()))
                    .append(organisations.responses() == 1 ? " organisational response, " : " organisational responses, ")
                    .append(positions(organisations)).append('.');
        }
        RespondentFigures individuals = question.individuals();
        if (individuals.responses() > 0) {
            text.append(" Of the ").append(number(individuals.responses()))
                    .append(individuals.responses() == 1 ? " individual who responded, " : " individuals who responded, ")
                    .append(positions(individuals)).append('.');
        }
        return text.toString();
    }

    static String point(ThemeFigures theme) {
        return theme.label() + ": raised in " + responses(theme.responses()) + " (" + number(theme.organisations())
                + (theme.organisations() == 1 ? " organisation, " : " organisations, ") + number(theme.individuals())
                + (theme.individuals() == 1 ? " individual)." : " individuals).");
    }

    private static String positions(RespondentFigures figures) {
        return figures.agreePercent() + "% agreed with the question, " + figures.disagreePercent()
                + "% disagreed with a further " + figures.notSurePercent() + "% not sure";
    }

    private static String responses(long count) {
        return number(count) + (count == 1 ? " response" : " responses");
    }

    static String number(long count) {
        return String.format(Locale.UK, "%,d", count);
    }
}
