package uk.consultation.coding.code;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import uk.consultation.schemas.Position;
import uk.consultation.schemas.RespondentType;
import uk.consultation.schemas.consultation.ConsultationDefinition;
import uk.consultation.schemas.consultation.ConsultationDefinitions;
import uk.consultation.testsupport.fuzz.Bounded;

class WrittenTemplateTest {

    private static final ConsultationDefinition CONSULTATION = ConsultationDefinitions.bundled("integrated-communities-2018");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Question 1                  | q1
            QUESTION 1:                 | q1
            Q1                          | q1
            Q.1                         | q1
            q 1 -                       | q1
            1.                          | q1
            1)                          | q1
            Question 9(a)               | q9a
            Question 9 (a):             | q9a
            9a.                         | q9a
            Q9b                         | q9b
            9(b))                       | q9b
            **Question 14**             | q14
            """)
    void readsTheQuestionNumberInTheLayoutsPeopleUse(String heading, String questionId) {
        WrittenTemplate.Reading reading = WrittenTemplate.read(heading + "\nYes\nBecause it matters.", CONSULTATION);

        assertThat(reading.answers()).containsOnlyKeys(questionId);
        assertThat(reading.answers().get(questionId).comment()).isEqualTo("Because it matters.");
    }

    /** An answer in the question's own words, in the writer's voice, is the comment; the question repeated is not. */
    @Test
    void anAnswerInTheQuestionsWordsIsTheComment() {
        WrittenTemplate.Reading answered = WrittenTemplate.read("""
                Question 7. We agree with the measures to ensure all children are prepared for life in modern
                Britain, and would add that twinning needs funding.""", CONSULTATION);
        WrittenTemplate.Reading repeated = WrittenTemplate.read("""
                Question 7. The Green Paper proposes measures to ensure that all children are prepared for life
                Twinning needs funding.""", CONSULTATION);

        assertThat(answered.answers().get("q7").comment()).startsWith("We agree with the measures");
        assertThat(repeated.answers().get("q7").comment()).isEqualTo("Twinning needs funding.");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Yes                | AGREE
            YES.               | AGREE
            yes!               | AGREE
            Agree              | AGREE
            Strongly agree     | AGREE
            No                 | DISAGREE
            no.                | DISAGREE
            Disagree           | DISAGREE
            Not sure           | NOT_SURE
            NOT SURE.          | NOT_SURE
            Don't know         | NOT_SURE
            Don’t know         | NOT_SURE
            Unsure             | NOT_SURE
            Answer: No         | DISAGREE
            *Yes*              | AGREE
            """)
    void readsTheAnswerInAnyCaseAndPunctuation(String answer, Position position) {
        assertThat(WrittenTemplate.read("Question 2\n" + answer, CONSULTATION).answers().get("q2").position())
                .isEqualTo(position);
        assertThat(WrittenTemplate.read("Question 2: " + answer, CONSULTATION).answers().get("q2").position())
                .isEqualTo(position);
    }

    @Test
    void aWholeResponseWithCommentsOverSeveralParagraphs() {
        String text = """
                Dear Sir or Madam,

                Please find our response below. I am responding on behalf of an organisation.
                Organisation name: Example Community Trust

                Question 1: Do you agree with our proposed approach? Yes, broadly.
                We think integration is a two-way street.

                It needs shared spaces as well as English classes.

                Question 2
                Do you agree with the proposals for new migrants and resident communities?
                No

                Comments: Too little on funding.

                Question 3
                English classes at the local library have worked for us.

                Q9(a) Not sure
                Question 9(b) - More youth sport.
                """;

        WrittenTemplate.Reading reading = WrittenTemplate.read(text, CONSULTATION);

        assertThat(reading.answers()).containsOnlyKeys("q1", "q2", "q3", "q9a", "q9b");
        assertThat(reading.answers().get("q1")).isEqualTo(new WrittenTemplate.Answer(Position.AGREE,
                "broadly.\nWe think integration is a two-way street.\n\nIt needs shared spaces as well as English classes.",
                1.0));
        assertThat(reading.answers().get("q2")).isEqualTo(
                new WrittenTemplate.Answer(Position.DISAGREE, "Too little on funding.", 1.0));
        assertThat(reading.answers().get("q3")).isEqualTo(new WrittenTemplate.Answer(null,
                "English classes at the local library have worked for us.", 1.0));
        assertThat(reading.answers().get("q9a").position()).isEqualTo(Position.NOT_SURE);
        assertThat(reading.answers().get("q9b").comment()).isEqualTo("More youth sport.");
        assertThat(reading.respondentType()).isEqualTo(RespondentType.ORGANISATION);
        assertThat(reading.organisationName()).isEqualTo("Example Community Trust");
    }

    @Test
    void theTemplatesQuestionAboutWhoIsRespondingIsAnsweredAfterIt() {
        assertThat(WrittenTemplate.read("Are you responding as an individual or on behalf of an organisation?\n"
                + "Individual\n\nQuestion 1\nYes", CONSULTATION).respondentType()).isEqualTo(RespondentType.INDIVIDUAL);
        assertThat(WrittenTemplate.read("Are you responding as an individual or on behalf of an organisation? "
                + "On behalf of an organisation\nQuestion 1\nYes", CONSULTATION).respondentType())
                .isEqualTo(RespondentType.ORGANISATION);
        assertThat(WrittenTemplate.read("I am responding as an individual.\nQ1 No", CONSULTATION).respondentType())
                .isEqualTo(RespondentType.INDIVIDUAL);
    }

    @Test
    void numberedListsInProseAreNotQuestionsWhereTheWriterLabelsQuestions() {
        String text = """
                Question 5
                Yes. We suggest:
                1. better data
                2. more funding
                """;

        WrittenTemplate.Reading reading = WrittenTemplate.read(text, CONSULTATION);

        assertThat(reading.answers()).containsOnlyKeys("q5");
        assertThat(reading.answers().get("q5").comment()).isEqualTo("We suggest:\n1. better data\n2. more funding");
    }

    @Test
    void aBareNumberIsLessCertainThanALabelledQuestion() {
        assertThat(WrittenTemplate.read("1. Yes\n2. No", CONSULTATION).answers().get("q1").confidence())
                .isEqualTo(WrittenTemplate.BARE_NUMBER_CONFIDENCE);
    }

    @Test
    void anAnswerBothWaysOrTwoHeadingsForOneQuestionAreForReview() {
        WrittenTemplate.Answer bothWays = WrittenTemplate.read("Question 4\nYes and no", CONSULTATION).answers().get("q4");
        WrittenTemplate.Answer twice = WrittenTemplate.read("Question 4\nYes\nQuestion 4\nNo", CONSULTATION).answers().get("q4");

        assertThat(bothWays.confidence()).isEqualTo(WrittenTemplate.CONFLICT_CONFIDENCE);
        assertThat(twice.confidence()).isEqualTo(WrittenTemplate.CONFLICT_CONFIDENCE);
        assertThat(twice.position()).isNull();
    }

    @Test
    void aQuestionDeclinedIsNoAnswerAndItsNoIsNoNo() {
        WrittenTemplate.Reading reading = WrittenTemplate.read("""
                Q4. Yes, we support it.

                Q5. No comment.

                Q6. No  further  comment.

                Question 3
                We have not commissioned evaluations of specific projects and do not com-
                ment on this question.

                Question 13
                Outside our remit.

                The Institute                                    Page 3 of 4
                """, CONSULTATION);

        assertThat(reading.answers()).containsOnlyKeys("q4");
    }

    @Test
    void proseWithoutTheTemplateHasNoAnswers() {
        String prose = """
                The Foundation welcomes the Green Paper. In 2017 we funded 1 in 10 of the projects it mentions,
                and 14 of them are in the integration areas. No single programme can do this alone.
                """;

        WrittenTemplate.Reading reading = WrittenTemplate.read(prose, CONSULTATION);

        assertThat(reading.answers()).isEmpty();
        assertThat(reading.isEmpty()).isTrue();
    }

    @Test
    void numberedSectionsOfAnEssayAreNotQuestions() {
        String essay = """
                1. About us
                The Forum brings together twelve churches and three mosques.
                2. Leadership
                We are glad the Green Paper recognises leadership.
                """;

        assertThat(WrittenTemplate.read(essay, CONSULTATION).answers()).isEmpty();
        assertThat(WrittenTemplate.read("2. Yes, with local plans", CONSULTATION).answers()).containsOnlyKeys("q2");
    }

    /** Twenty-first round: a section title sharing most of its words with a question's text is still a title. */
    @Test
    void aSectionTitleOfAnEssayIsNoQuestionWhateverWordsItShares() {
        String report = """
                1. Bringing people together where they live
                We agree with the direction of the chapter on this.
                2. An example: the Calder Court gardens
                In 2015 the courtyard was a car park nobody used.
                3. Employment support
                We support the proposals for tailored help.
                """;

        assertThat(WrittenTemplate.read(report, CONSULTATION).answers()).isEmpty();
        // Alone, the same line may still head the template's first question, whose words it repeats.
        assertThat(WrittenTemplate.read("1. Bringing people together where they live\nYes", CONSULTATION).answers())
                .containsOnlyKeys("q1");
    }

    @Test
    void inTheCompactNumberedLayoutAnOpenQuestionsLineWithOnlyACommentIsItsAnswer() {
        String text = """
                1. Yes - integration is everyone's business.
                2. No
                3. We run a lunch club that brings the whole street together.
                9a. Not sure
                9b. More evening classes, with a crèche.
                """;

        WrittenTemplate.Reading reading = WrittenTemplate.read(text, CONSULTATION);

        assertThat(reading.answers()).containsOnlyKeys("q1", "q2", "q3", "q9a", "q9b");
        assertThat(reading.answers().get("q3")).isEqualTo(new WrittenTemplate.Answer(null,
                "We run a lunch club that brings the whole street together.", WrittenTemplate.BARE_NUMBER_CONFIDENCE));
        assertThat(reading.answers().get("q9b").comment()).isEqualTo("More evening classes, with a crèche.");
        assertThat(WrittenTemplate.read("Q9b – more evening classes\nQ10: Yes", CONSULTATION).answers().get("q9b")
                .comment()).isEqualTo("more evening classes");
    }

    @Test
    void onTheTemplateAnOpenQuestionsNumberedLineIsAnAnswerOnItsOwn() {
        WrittenTemplate.Reading reading = WrittenTemplate.read(
                "I am responding as an individual.\n\n3. Our street's WhatsApp group.\n", CONSULTATION);

        assertThat(reading.answers().get("q3").comment()).isEqualTo("Our street's WhatsApp group.");
    }

    @Test
    void anOpenQuestionsNumberIsNotAnAnswerInAnEssayOrOverAParagraph() {
        String sections = """
                2. Leadership
                We are glad the Green Paper recognises leadership.
                3. Divisive views
                We endorse the government's intention.
                """;
        String numberedParagraphs = """
                1. Yes, we welcome the Green Paper.

                3. Our churches run toddler groups used by people of all faiths.
                """;

        assertThat(WrittenTemplate.read(sections, CONSULTATION).answers()).isEmpty();
        assertThat(WrittenTemplate.read(numberedParagraphs, CONSULTATION).answers()).containsOnlyKeys("q1");
    }

    @Test
    void unknownQuestionNumbersAreText() {
        WrittenTemplate.Reading reading = WrittenTemplate.read("Question 15\nYes\nQuestion 9\nNo", CONSULTATION);

        assertThat(reading.answers()).isEmpty();
    }

    // --- found by fuzzing (WrittenTemplateFuzzTest) ----------------------------------------------------------------

    @Test
    void aCharacterWhoseLowerCaseIsLongerDoesNotMoveTheAnswer() {
        // "İ" lower-cases to two characters, which once put the cut between answer and comment before the line began
        WrittenTemplate.Answer answer = WrittenTemplate.read("Question 1\nNo İİİİ", CONSULTATION).answers().get("q1");

        assertThat(answer.position()).isEqualTo(Position.DISAGREE);
        assertThat(answer.comment()).isEqualTo("İİİİ");
    }

    @Test
    void aLongRunOfAnswersBothWaysIsReadOnce() {
        // Each answer once read the rest of the line again, by recursion, until the stack overflowed
        WrittenTemplate.Answer answer = WrittenTemplate.read("Question 1\n" + "Yes and no and ".repeat(20_000),
                CONSULTATION).answers().get("q1");

        assertThat(answer.position()).isEqualTo(Position.AGREE);
        assertThat(answer.confidence()).isEqualTo(WrittenTemplate.CONFLICT_CONFIDENCE);
    }

    @Test
    void aLineOfSpacesIsNotTriedInEveryWay() {
        // Leading white space could be split between two patterns in every way: cubic in its length
        String text = "Question 2\nYes\n" + " ".repeat(100_000) + "x\nQ" + " ".repeat(100_000) + "x";

        assertThat(Bounded.call(() -> WrittenTemplate.read(text, CONSULTATION)).answers()).containsOnlyKeys("q2");
    }

    @Test
    void capitalSigmasDoNotTakeQuadraticTime() {
        // String.toLowerCase scans the word for each Σ, to choose σ or ς
        String sigmas = "Disagree" + "Σ".repeat(100_000);

        assertThat(Bounded.call(() -> WrittenTemplate.read("Question 3\n" + sigmas, CONSULTATION)).answers().get("q3")
                .comment()).isEqualTo(sigmas);
    }

    @Test
    void blankLinesAreNotEachReadToTheEndForTheOrganisationsName() {
        // The name's label could start at every blank line and run over all the rest of them
        String text = "I am responding on behalf of an organisation.\n" + "\n".repeat(100_000) + "Question 1: Yes";

        WrittenTemplate.Reading reading = Bounded.call(() -> WrittenTemplate.read(text, CONSULTATION));

        assertThat(reading.respondentType()).isEqualTo(RespondentType.ORGANISATION);
        assertThat(reading.organisationName()).isNull();
    }
}
