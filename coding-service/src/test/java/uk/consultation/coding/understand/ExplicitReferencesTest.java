package uk.consultation.coding.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import uk.consultation.coding.TestEvents;
import uk.consultation.schemas.consultation.Question;
import uk.consultation.testsupport.fuzz.Bounded;

class ExplicitReferencesTest {

    @Test
    void findsQuestionsNamedByNumber() {
        assertThat(ExplicitReferences.in("In answer to Question 7, and to questions 9(a) and 12: yes.",
                TestEvents.BUNDLED)).extracting(Question::id).containsExactly("q7", "q9a", "q12");
        assertThat(ExplicitReferences.in("On Q4 we agree; on q9b see below.", TestEvents.BUNDLED))
                .extracting(Question::id).containsExactly("q4", "q9b");
        assertThat(ExplicitReferences.in("1 in 10 people; question 15 does not exist.", TestEvents.BUNDLED)).isEmpty();
    }

    @Test
    void findsQuestionsNamedInWordsRomanNumeralsAndParts() {
        assertThat(ids("Here is my reply to question seven and question eleven.")).containsExactly("q7", "q11");
        assertThat(ids("My views on Q.9(b) are set out in full below.")).containsExactly("q9b");
        assertThat(ids("As for question nine part two, evening classes would help.")).containsExactly("q9b");
        assertThat(ids("On question nine, part one, I disagree.")).containsExactly("q9a");
        assertThat(ids("Turning to question (xiii), we are content.")).containsExactly("q13");
        assertThat(ids("Question XII is the one that worries our members.")).containsExactly("q12");
        assertThat(ids("In reply to your fourth question, the answer is no.")).containsExactly("q4");
        assertThat(ids("The tenth question is badly worded.")).containsExactly("q10");
        assertThat(ids("We address questions two, five and fourteen in turn.")).containsExactly("q2", "q5", "q14");
    }

    @Test
    void aNumberOpeningAPointIsReadWhateverFollowsIt() {
        assertThat(ExplicitReferences.opening("4. Leaders are not the problem.", TestEvents.BUNDLED, false))
                .map(Question::id).contains("q4");
        assertThat(ExplicitReferences.opening("9(b) - evening classes with a crèche", TestEvents.BUNDLED, false))
                .map(Question::id).contains("q9b");
        assertThat(ExplicitReferences.opening("2016 was the year the centre closed.", TestEvents.BUNDLED, false))
                .isEmpty();
    }

    @Test
    void aLetterNumbersItsAnswersOneWayAndItsOwnPointsAnother() {
        assertThat(ExplicitReferences.numberedInRoman(List.of("Dear Sir,", "(ii) Tailored local plans", "3. Yes")))
                .isTrue();
        assertThat(ExplicitReferences.numberedInRoman(List.of("11: We agree.", "(i) Advice on qualifications")))
                .isFalse();
        assertThat(ExplicitReferences.opening("(i) Advice on qualifications", TestEvents.BUNDLED, false)).isEmpty();
        assertThat(ExplicitReferences.opening("(vi) The Fund", TestEvents.BUNDLED, true)).map(Question::id)
                .contains("q6");
        assertThat(ExplicitReferences.opening("11: We agree.", TestEvents.BUNDLED, true)).isEmpty();
    }

    @Test
    void aNumberAloneNamesTheFirstPartOfAQuestionInParts() {
        assertThat(ids("On question 9 we are strongly in favour.")).containsExactly("q9a");
    }

    @Test
    void findsAnAnswerOpeningWithTheQuestionsNumber() {
        assertThat(ids("4 no, waste of money")).containsExactly("q4");
        assertThat(ids("12. Yes - but say who decides what is divisive.")).containsExactly("q12");
        assertThat(ids("9(b) yes, more evening classes")).containsExactly("q9b");
        assertThat(ids("(iv) Agree, within reason.")).containsExactly("q4");
        assertThat(ids("vi. Not sure.")).containsExactly("q6");
        assertThat(ids("Eight - strongly disagree with banning faith schools.")).containsExactly("q8");
        assertThat(ids("Thirteen")).containsExactly("q13");
        assertThat(ids("(ii)")).containsExactly("q2");
        assertThat(ExplicitReferences.answersByNumber("3 no, I have none to give.")).isTrue();
    }

    @Test
    void leavesNumbersThatNameNoQuestion() {
        assertThat(ids("I agree with most of it.")).isEmpty();
        assertThat(ids("I. Introduction")).isEmpty();
        assertThat(ids("Two strongly held beliefs guide our charity.")).isEmpty();
        assertThat(ids("Ten years ago our street was mixed.")).isEmpty();
        assertThat(ids("3 no one should be forced to mix.")).isEmpty();
        assertThat(ids("7")).isEmpty();
        assertThat(ids("The question I keep asking is who pays.")).isEmpty();
        assertThat(ids("The first thing to say is that we welcome it.")).isEmpty();
        assertThat(ExplicitReferences.answersByNumber("2. Leadership")).isFalse();
    }

    @Test
    void aNumberWordSayingHowTheQuestionsAreGoneThroughNamesNone() {
        assertThat(ids("We did not want to take your questions one by one, so here are our thoughts.")).isEmpty();
        assertThat(ids("I will answer the questions one at a time as best I can.")).isEmpty();
        assertThat(ids("Going through the questions one after another felt like a test.")).isEmpty();
        assertThat(ids("On questions one and two we are in agreement.")).containsExactly("q1", "q2");
    }

    private static List<String> ids(String text) {
        return ExplicitReferences.in(text, TestEvents.BUNDLED).stream().map(Question::id).toList();
    }

    /** Found by fuzzing: the list was one repeated group, which Java matches by recursion, until the stack overflowed. */
    @Test
    void readsAListOfAnyLength() {
        assertThat(ExplicitReferences.in("See questions 5 and 6" + ", 6".repeat(50_000) + " and 14.", TestEvents.BUNDLED))
                .extracting(Question::id).containsExactly("q5", "q6", "q14");
    }

    /** Found by fuzzing: spaces between "q" and what follows were tried in every split, in time quadratic in them. */
    @Test
    void aReferenceWordBeforeALongGapIsReadOnce() {
        String text = ("Q" + " ".repeat(100_000) + "x. ").repeat(3) + "Question 4";

        assertThat(Bounded.call(() -> ExplicitReferences.in(text, TestEvents.BUNDLED)))
                .extracting(Question::id).containsExactly("q4");
    }
}
