package uk.consultation.reporting.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SummaryMarkdownTest {

    @Test
    void laysOutEachQuestionAsThePublishedResponseDoesWithRespondentsWordsKeptLiteral() {
        DraftedSummary summary = new DraftedSummary("Integrated Communities Strategy Green Paper", List.of(
                new DraftedSummary.Section("Strengthening leadership", "Question 2", "Do you agree?",
                        List.of("There were 2 responses to this question."),
                        List.of(new DraftedSummary.Point("Local plans: raised in 2 responses (0 organisations,"
                                + " 2 individuals).", "Plans *must* be local <b>now</b> #1"),
                                new DraftedSummary.Point("Funding: raised in 1 response (1 organisation,"
                                        + " 0 individuals).", null)))));

        assertThat(SummaryMarkdown.render(summary)).isEqualTo("""
                # Integrated Communities Strategy Green Paper

                Summary of consultation responses (draft)

                ## Strengthening leadership

                ### Question 2

                *Do you agree?*

                There were 2 responses to this question.

                Points raised include:

                - Local plans: raised in 2 responses (0 organisations, 2 individuals).
                  > “Plans \\*must\\* be local \\<b\\>now\\</b\\> \\#1”
                - Funding: raised in 1 response (1 organisation, 0 individuals).

                """);
    }
}
