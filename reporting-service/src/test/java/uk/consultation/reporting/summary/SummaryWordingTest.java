package uk.consultation.reporting.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import uk.consultation.reporting.figures.QuestionFigures;
import uk.consultation.reporting.figures.QuestionFigures.ChannelFigures;
import uk.consultation.reporting.figures.QuestionFigures.RespondentFigures;
import uk.consultation.reporting.figures.QuestionFigures.SourceFigures;
import uk.consultation.reporting.figures.QuestionFigures.ThemeFigures;
import uk.consultation.schemas.consultation.QuestionKind;

/** The sentences of the government's published summary (seed 001), less its editors' asides. */
class SummaryWordingTest {

    private static final RespondentFigures NONE = new RespondentFigures(0, 0, 0, 0, 0, 0, 0);
    private static final SourceFigures NO_SOURCES = new SourceFigures(0, 0, 0, 0);

    @Test
    void aClosedQuestionIsWordedAsThePublishedResponseWordsIt() {
        QuestionFigures q2 = closed(2_919, new RespondentFigures(286, 200, 20, 66, 70, 7, 23),
                new RespondentFigures(2_633, 685, 1_659, 289, 26, 63, 11));

        assertThat(SummaryWording.responses(q2)).isEqualTo("There were 2,919 responses to this question. Of the 286"
                + " organisational responses, 70% agreed with the question, 7% disagreed with a further 23% not sure."
                + " Of the 2,633 individuals who responded, 26% agreed with the question, 63% disagreed with a further"
                + " 11% not sure.");
    }

    @Test
    void aRespondentTypeWithoutResponsesIsLeftOutAndOnesAreSingular() {
        assertThat(SummaryWording.responses(closed(1, NONE, new RespondentFigures(1, 0, 1, 0, 0, 100, 0))))
                .isEqualTo("There was 1 response to this question. Of the 1 individual who responded, 0% agreed with"
                        + " the question, 100% disagreed with a further 0% not sure.");
    }

    @Test
    void anOpenQuestionGivesItsTotal() {
        QuestionFigures q3 = new QuestionFigures("q3", "3", "What works?", QuestionKind.OPEN, 1_075, NONE, NONE,
                new ChannelFigures(1_000, 75, 0), NO_SOURCES, List.of(), null);

        assertThat(SummaryWording.responses(q3)).isEqualTo("There were a total of 1,075 responses to this question.");
    }

    @Test
    void aThemeIsCountedByRespondentType() {
        assertThat(SummaryWording.point(new ThemeFigures("q1-two-way-street",
                "Integration as a two-way street, not assimilation", 1_340, 40, 1_300)))
                .isEqualTo("Integration as a two-way street, not assimilation: raised in 1,340 responses"
                        + " (40 organisations, 1,300 individuals).");
    }

    private static QuestionFigures closed(long responses, RespondentFigures organisations,
            RespondentFigures individuals) {
        return new QuestionFigures("q2", "2", "Do you agree?", QuestionKind.CLOSED, responses, organisations,
                individuals, new ChannelFigures(responses, 0, 0), NO_SOURCES, List.of(), null);
    }
}
