package uk.consultation.coding.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class PassagesTest {

    @Test
    void headingsParagraphsAndPointsAreSeparatePassages() {
        List<Passage> passages = Passages.of("""
                Brightwater Homes
                Response to the Green Paper

                Strengthening leadership
                We strongly agree with the
                proposal. Leaders need time.

                We suggest an induction that:
                1) is framed as a welcome.
                2) is delivered locally.
                 Places and Community

                On English: my husband waited eleven months.
                """, false);

        assertThat(passages).extracting(Passage::text).containsExactly("Brightwater Homes",
                "Response to the Green Paper", "Strengthening leadership",
                "We strongly agree with the proposal. Leaders need time.", "We suggest an induction that:",
                "1) is framed as a welcome.", "2) is delivered locally.", "Places and Community", "On English",
                "my husband waited eleven months.");
        assertThat(passages).extracting(Passage::heading).containsExactly(true, true, true, false, false, false, false,
                true, true, false);
        assertThat(passages.get(3).sentences()).containsExactly("We strongly agree with the proposal.",
                "Leaders need time.");
    }

    @Test
    void aLineBrokenInTheMiddleOfASentenceIsNoHeading() {
        List<Passage> passages = Passages.of("Our Catalyst programme empowers\nyoung people to become leaders.", false);

        assertThat(passages).extracting(Passage::heading).containsExactly(false);
    }

    @Test
    void aLineAnsweringByNumberIsAPointOfItsOwnAndNoHeading() {
        List<Passage> passages = Passages.of("""
                My answers, briefly:
                3 No examples from round here
                4 No, waste of money
                (v) Agree with the fund
                (vi) it has done little in our town
                """, false);

        assertThat(passages).extracting(Passage::text).containsExactly("My answers, briefly:",
                "3 No examples from round here", "4 No, waste of money", "(v) Agree with the fund",
                "(vi) it has done little in our town");
        assertThat(passages).extracting(Passage::heading).containsExactly(true, false, false, false, false);
    }

    /** Text taken out of a PDF hyphenates words across lines: each is read whole, as the model knows it. */
    @Test
    void aWordAPdfBrokeAcrossTwoLinesIsMadeWhole() {
        List<Passage> passages = Passages.of("""
                The Board supports the pro-
                posals for lan-
                guage classes run by Anglo-
                Polish groups.
                """, false);

        assertThat(passages).extracting(Passage::text)
                .containsExactly("The Board supports the proposals for language classes run by Anglo-Polish groups.");
    }
}
