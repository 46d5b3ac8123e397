package uk.consultation.coding.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.consultation.coding.TestCoding.CODER;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.consultation.coding.review.TestReviewQueue;
import uk.consultation.schemas.Channel;
import uk.consultation.schemas.Position;
import uk.consultation.schemas.RespondentType;
import uk.consultation.schemas.SchemaContract;
import uk.consultation.schemas.coding.CodingFlags;
import uk.consultation.schemas.coding.CodingSource;
import uk.consultation.schemas.coding.ResponseCoded;
import uk.consultation.schemas.consultation.ConsultationDefinition;
import uk.consultation.schemas.consultation.ConsultationDefinitions;
import uk.consultation.schemas.response.ResponseReceived;

class ResponseCoderTest {

    private static final ConsultationDefinition CONSULTATION = ConsultationDefinitions.bundled("integrated-communities-2018");
    private static final Instant NOW = Instant.parse("2018-05-01T10:00:00Z");

    static ResponseReceived online(ResponseReceived.Respondent respondent, Map<String, ResponseReceived.Answer> answers) {
        return new ResponseReceived("r-1", CONSULTATION.id(), "ABCD-EFGH", Channel.ONLINE, NOW, false, respondent,
                answers, null, List.of(), ResponseReceived.Source.none());
    }

    @Test
    void codesStatedPositionsAndCommentsExactly() {
        ResponseReceived response = online(new ResponseReceived.Respondent(RespondentType.ORGANISATION, "Example Trust"),
                Map.of("q1", new ResponseReceived.Answer(Position.AGREE, "We welcome this."),
                        "q3", new ResponseReceived.Answer(null, "Twinning schools.")));

        ResponseCoded coded = CODER.code(response, CONSULTATION, NOW);

        assertThat(coded.version()).isEqualTo(1);
        assertThat(coded.respondent().type()).isEqualTo(RespondentType.ORGANISATION);
        assertThat(coded.respondent().source()).isEqualTo(CodingSource.EXPLICIT);
        assertThat(coded.answers().get("q1").position()).isEqualTo(Position.AGREE);
        assertThat(coded.answers().get("q1").source()).isEqualTo(CodingSource.EXPLICIT);
        assertThat(coded.answers().get("q1").confidence()).isEqualTo(1.0);
        assertThat(coded.answers().get("q3").position()).isNull();
        assertThat(coded.answers().get("q3").text()).isEqualTo("Twinning schools.");
        assertThat(coded.flags()).isEmpty();
        assertThat(coded.coderVersion()).isEqualTo(ResponseCoder.CODER_VERSION);
        assertThat(coded.codeframeVersion()).isEqualTo(CONSULTATION.codeframeVersion());
        SchemaContract.assertConforms(SchemaContract.RESPONSE_CODED, coded);
    }

    @Test
    void aResponseImportedFromASurveyPlatformKeepsItsPlatformForTheFigures() {
        ResponseReceived response = new ResponseReceived("r-2", CONSULTATION.id(), "ABCD-EFGJ", Channel.ONLINE, NOW,
                false, new ResponseReceived.Respondent(RespondentType.INDIVIDUAL, null),
                Map.of("q1", new ResponseReceived.Answer(Position.AGREE, null)), null, List.of(),
                ResponseReceived.Source.imported("citizen-space", "ANON-1B2C-3D4E-F"));

        ResponseCoded coded = CODER.code(response, CONSULTATION, NOW);

        assertThat(coded.importedFrom()).isEqualTo("citizen-space");
        assertThat(coded.grouped(null, null).importedFrom()).isEqualTo("citizen-space");
        assertThat(coded.erased(NOW).importedFrom()).isEqualTo("citizen-space");
        SchemaContract.assertConforms(SchemaContract.RESPONSE_CODED, coded);
        assertThat(CODER.code(online(response.respondent(), response.answers()), CONSULTATION, NOW).importedFrom())
                .isNull();
    }

    @Test
    void aRedeliveredResponseIsCodedIdentically() {
        ResponseReceived response = online(new ResponseReceived.Respondent(RespondentType.INDIVIDUAL, null),
                Map.of("q2", new ResponseReceived.Answer(Position.NOT_SURE, null)));

        assertThat(CODER.code(response, CONSULTATION, NOW)).isEqualTo(CODER.code(response, CONSULTATION, NOW));
    }

    @Test
    void anUnstatedRespondentTypeIsInferredFromTheText() {
        ResponseCoded individual = CODER.code(letter("Dear Sir, I write about English classes. My town has "
                + "none."), CONSULTATION, NOW);
        ResponseCoded organisation = CODER.code(letter("Dear Sir, I write on behalf of the Example Community "
                + "Trust. Our members run English classes."), CONSULTATION, NOW);
        ResponseCoded unclear = CODER.code(letter("We think the bus timetable should change."), CONSULTATION, NOW);

        assertThat(individual.respondent()).extracting(r -> r.type(), r -> r.source())
                .containsExactly(RespondentType.INDIVIDUAL, CodingSource.INFERRED);
        assertThat(individual.flags()).containsExactly(CodingFlags.NEEDS_REVIEW, CodingFlags.UNCODED_TEXT);
        assertThat(organisation.respondent()).extracting(r -> r.type(), r -> r.organisationName())
                .containsExactly(RespondentType.ORGANISATION, "Example Community Trust");
        // How sure each is shows in the calibrated confidence the review queue reads, not in a flag.
        assertThat(unclear.respondent().confidence()).isLessThan(organisation.respondent().confidence());
        assertThat(unclear.flags()).containsExactly(CodingFlags.NEEDS_REVIEW, CodingFlags.UNCODED_TEXT);
        SchemaContract.assertConforms(SchemaContract.RESPONSE_CODED, organisation);
    }

    @Test
    void freeTextAnswersTheQuestionsTheTemplateLeavesOpenAsInferred() {
        ResponseReceived email = new ResponseReceived("r-5", CONSULTATION.id(), "ABCD-EFGN", Channel.EMAIL, NOW, false,
                new ResponseReceived.Respondent(null, null), Map.of(), """
                Dear team,

                Our answers are attached. One more thing on leadership: we strongly agree that local leaders need
                support to promote integration, and our volunteers would welcome training. Write to jo@example.org.
                """,
                List.of(ResponseReceived.Attachment.read("response.txt", "text/plain", "Question 1\nYes\n")),
                new ResponseReceived.Source(null, "<r-5@example.org>", null, null, null));

        ResponseCoded coded = CODER.code(email, CONSULTATION, NOW);

        assertThat(coded.answers().get("q1").source()).isEqualTo(CodingSource.PARSED);
        ResponseCoded.CodedAnswer leadership = coded.answers().get("q4");
        assertThat(leadership.position()).isEqualTo(Position.AGREE);
        assertThat(leadership.source()).isEqualTo(CodingSource.INFERRED);
        assertThat(TestReviewQueue.queues(coded)).as("unsure codings go to an analyst").isEqualTo(
                leadership.confidence() < TestReviewQueue.confidenceBelow()
                        || coded.respondent().confidence() < TestReviewQueue.confidenceBelow());
        assertThat(leadership.text()).contains("we strongly agree that local leaders need support")
                .contains("[email]").doesNotContain("jo@example.org");
        assertThat(coded.answers()).containsOnlyKeys("q1", "q4");
        assertThat(coded.flags()).doesNotContain(CodingFlags.UNCODED_TEXT);
        assertThat(CODER.code(email, CONSULTATION, NOW)).as("coded the same every time").isEqualTo(coded);
        SchemaContract.assertConforms(SchemaContract.RESPONSE_CODED, coded);
    }

    @Test
    void theFormAndTheTemplateComeBeforeWhatFreeTextSays() {
        ResponseReceived email = new ResponseReceived("r-6", CONSULTATION.id(), "ABCD-EFGP", Channel.EMAIL, NOW, false,
                new ResponseReceived.Respondent(null, null), Map.of(),
                "On leadership we strongly disagree: training the same leaders changes nothing.",
                List.of(ResponseReceived.Attachment.read("response.txt", "text/plain", "Question 4\nYes\n")),
                new ResponseReceived.Source(null, "<r-6@example.org>", null, null, null));

        ResponseCoded coded = CODER.code(email, CONSULTATION, NOW);

        assertThat(coded.answers().get("q4")).extracting(ResponseCoded.CodedAnswer::position,
                ResponseCoded.CodedAnswer::source).containsExactly(Position.AGREE, CodingSource.PARSED);
    }

    @Test
    void aParagraphHeardAnsweringNothingIsFlaggedForAnAnalystToSeeButSendsNothingToTheQueue() {
        String introduction = "I am a retired nurse and have lived in the same town in the north of England for forty"
                + " years, where I brought up three children and still sing in the church choir every Sunday morning.";
        String rights = "We read the part about telling people who have just arrived what their rights and"
                + " responsibilities are. The landlords round here tell new tenants nothing at all, and the welcome"
                + " pack the council used to hand out stopped years ago.";
        String answer = "On leadership, we strongly agree that local leaders need support to promote integration.";

        ResponseCoded aboutNothing = CODER.code(individualLetter("Dear Sir,\n\n" + introduction + "\n\n" + answer
                + "\n\nYours faithfully,\nJo Bloggs"), CONSULTATION, NOW);
        ResponseCoded aboutInformation = CODER.code(individualLetter("Dear Sir,\n\n" + rights + "\n\n" + answer
                + "\n\nYours faithfully,\nJo Bloggs"), CONSULTATION, NOW);

        // Mostly the writer's introduction: an analyst sees the flag, but it is no reason to review on its own.
        assertThat(aboutNothing.flags()).containsExactly(CodingFlags.UNMAPPED_PASSAGE);
        assertThat(aboutInformation.flags()).containsExactly(CodingFlags.NEEDS_REVIEW, CodingFlags.UNMAPPED_PASSAGE,
                CodingFlags.UNMAPPED_ANSWER);
        assertThat(TestReviewQueue.queues(aboutNothing)).isFalse();
        assertThat(TestReviewQueue.queues(aboutInformation)).isTrue();
        SchemaContract.assertConforms(SchemaContract.RESPONSE_CODED, aboutNothing);
    }

    @Test
    void aPassageHeardAnsweringAnotherChaptersQuestionBesidesItsOwnGoesToAnAnalyst() {
        ResponseCoded coded = CODER.code(individualLetter("Dear Sir,\n\nWe agree with the proposals for supporting new"
                + " arrivals. The English is the hardest part: we waited five months for a college place, and classes"
                + " should start in the first week and run for more than four hours a week.\n\nYours faithfully,\n"
                + "Jo Bloggs"), CONSULTATION, NOW);

        assertThat(coded.answers()).containsOnlyKeys("q5");
        assertThat(coded.flags()).containsExactly(CodingFlags.NEEDS_REVIEW, CodingFlags.UNMAPPED_ANSWER);
        assertThat(TestReviewQueue.queues(coded)).isTrue();
    }

    @Test
    void withoutALearnedHeadEveryParagraphNothingMapsGoesToAnAnalyst() {
        // The bundled questions under another id: a consultation the question head has no weights for.
        ConsultationDefinition unheard = new ConsultationDefinition("unheard", CONSULTATION.title(), null,
                CONSULTATION.timeZone(), CONSULTATION.opens(), CONSULTATION.closes(), 1, CONSULTATION.questions(),
                null);
        String introduction = "I am a retired nurse and have lived in the same town in the north of England for forty"
                + " years, where I brought up three children and still sing in the church choir every Sunday morning.";

        ResponseCoded coded = CODER.code(new ResponseReceived("r-8", unheard.id(), "ABCD-EFGR", Channel.LETTER, NOW,
                false, new ResponseReceived.Respondent(RespondentType.INDIVIDUAL, null), Map.of(),
                "Dear Sir,\n\n" + introduction + "\n\nOn leadership, we strongly agree that local leaders need support"
                        + " to promote integration.\n\nYours faithfully,\nJo Bloggs",
                List.of(), new ResponseReceived.Source(null, null, null, "SCAN-3", "clerk-7")), unheard, NOW);

        assertThat(coded.flags()).containsExactly(CodingFlags.NEEDS_REVIEW, CodingFlags.UNMAPPED_PASSAGE);
        assertThat(TestReviewQueue.queues(coded)).isTrue();
    }

    private static ResponseReceived individualLetter(String text) {
        return new ResponseReceived("r-7", CONSULTATION.id(), "ABCD-EFGQ", Channel.LETTER, NOW, false,
                new ResponseReceived.Respondent(RespondentType.INDIVIDUAL, null), Map.of(), text,
                List.of(), new ResponseReceived.Source(null, null, null, "SCAN-2", "clerk-7"));
    }

    private static ResponseReceived letter(String text) {
        return new ResponseReceived("r-2", CONSULTATION.id(), "ABCD-EFGJ", Channel.LETTER, NOW, false,
                new ResponseReceived.Respondent(null, null), Map.of(), text,
                List.of(), new ResponseReceived.Source(null, null, null, "SCAN-1", "clerk-7"));
    }

    @Test
    void anEmailOnTheTemplateIsCodedFromItsAttachmentAsParsed() {
        ResponseReceived email = new ResponseReceived("r-3", CONSULTATION.id(), "ABCD-EFGK", Channel.EMAIL, NOW, false,
                new ResponseReceived.Respondent(null, null), Map.of(), "Please find our response attached.",
                List.of(ResponseReceived.Attachment.read("response.docx", "application/vnd.openxmlformats-"
                        + "officedocument.wordprocessingml.document", """
                        I am responding on behalf of an organisation.
                        Organisation name: Example Community Trust
                        Question 1
                        Yes
                        We welcome the vision.
                        Question 3
                        A youth sport programme.
                        Q4 - Yes and no
                        """)),
                new ResponseReceived.Source(null, "<r-3@example.org>", "Consultation response", null, null));

        ResponseCoded coded = CODER.code(email, CONSULTATION, NOW);

        assertThat(coded.respondent()).isEqualTo(new ResponseCoded.CodedRespondent(RespondentType.ORGANISATION,
                CodingSource.PARSED, 1.0, "Example Community Trust"));
        assertThat(coded.answers().get("q1")).isEqualTo(new ResponseCoded.CodedAnswer(Position.AGREE,
                CodingSource.PARSED, 1.0, "We welcome the vision.", List.of()));
        assertThat(coded.answers().get("q3")).isEqualTo(new ResponseCoded.CodedAnswer(null, null, 1.0,
                "A youth sport programme.", List.of()));
        assertThat(coded.answers().get("q4").confidence()).isLessThan(1.0);
        // Unsure of question 4, so an analyst looks; the text was all template, so nothing is left uncoded.
        assertThat(coded.flags()).containsExactly(CodingFlags.NEEDS_REVIEW);
        SchemaContract.assertConforms(SchemaContract.RESPONSE_CODED, coded);
    }

    @Test
    void aViewInWordsWhereTheTemplatesBoxIsLeftEmptyIsReadFromTheComment() {
        ResponseReceived email = new ResponseReceived("r-5", CONSULTATION.id(), "ABCD-EFGP", Channel.EMAIL, NOW, false,
                new ResponseReceived.Respondent(null, null), Map.of(), """
                        Question 1: the definition
                        We do not agree with the definition. It describes people living side by side, which is
                        proximity, not integration.

                        Q14. The Council agrees that the core measures are the right starting point.

                        Question 12
                        The chapter sets out the government's approach.
                        """, List.of(), new ResponseReceived.Source(null, "<r-5@example.org>", null, null, null));

        ResponseCoded coded = CODER.code(email, CONSULTATION, NOW);

        // Inferred from the words, not ticked: calibrated as the coder's other positions.
        assertThat(coded.answers().get("q1").position()).isEqualTo(Position.DISAGREE);
        assertThat(coded.answers().get("q1").source()).isEqualTo(CodingSource.INFERRED);
        assertThat(coded.answers().get("q1").confidence()).isLessThan(1.0);
        assertThat(coded.answers().get("q14").position()).isEqualTo(Position.AGREE);
        // A comment without a view gives none, as before.
        assertThat(coded.answers().get("q12").position()).isNull();
        SchemaContract.assertConforms(SchemaContract.RESPONSE_CODED, coded);
    }

    @Test
    void anAttachmentThatCouldNotBeReadSendsTheResponseToAnAnalyst() {
        ResponseReceived email = new ResponseReceived("r-4", CONSULTATION.id(), "ABCD-EFGM", Channel.EMAIL, NOW, false,
                new ResponseReceived.Respondent(null, null), Map.of(), "Question 1\nYes",
                List.of(ResponseReceived.Attachment.unreadable("response.pdf", "application/pdf",
                        "The file (application/pdf) is protected by a password")),
                new ResponseReceived.Source(null, "<r-4@example.org>", null, null, null));

        ResponseCoded coded = CODER.code(email, CONSULTATION, NOW);

        assertThat(coded.flags()).contains(CodingFlags.NEEDS_REVIEW, CodingFlags.UNREADABLE_ATTACHMENT);
        assertThat(coded.answers().get("q1").position()).isEqualTo(Position.AGREE);
        SchemaContract.assertConforms(SchemaContract.RESPONSE_CODED, coded);
    }

    @Test
    void noToEveryQuestionAnsweredWithoutAWordOnWhyIsFlagged() {
        Map<String, ResponseReceived.Answer> no = Map.of("q1", new ResponseReceived.Answer(Position.DISAGREE, null),
                "q2", new ResponseReceived.Answer(Position.DISAGREE, " "));
        ResponseReceived.Respondent individual = new ResponseReceived.Respondent(RespondentType.INDIVIDUAL, null);

        assertThat(CODER.code(online(individual, no), CONSULTATION, NOW).flags())
                .containsExactly(CodingFlags.NO_TO_ALL);
        assertThat(CODER.code(online(individual, Map.of(
                "q1", new ResponseReceived.Answer(Position.DISAGREE, null),
                "q2", new ResponseReceived.Answer(Position.DISAGREE, "Costs too much."))), CONSULTATION, NOW).flags())
                .as("a reason given").isEmpty();
        assertThat(CODER.code(online(individual, Map.of(
                "q1", new ResponseReceived.Answer(Position.DISAGREE, null),
                "q2", new ResponseReceived.Answer(Position.NOT_SURE, null))), CONSULTATION, NOW).flags())
                .as("not no to all").isEmpty();
        assertThat(CODER.code(online(individual, Map.of(
                "q1", new ResponseReceived.Answer(Position.DISAGREE, null),
                "q3", new ResponseReceived.Answer(null, "Youth clubs."))), CONSULTATION, NOW).flags())
                .as("an open question answered").isEmpty();
    }

    @Test
    void commentsReachAnalystsWithoutPersonalData() {
        ResponseReceived response = online(new ResponseReceived.Respondent(RespondentType.INDIVIDUAL, null),
                Map.of("q3", new ResponseReceived.Answer(null, "Ask me: jo@example.org or 07700 900123, SW1A 1AA.")));

        assertThat(CODER.code(response, CONSULTATION, NOW).answers().get("q3").text())
                .isEqualTo("Ask me: [email] or [phone], [postcode].");
    }

    @Test
    void anAnswerToAQuestionTheConsultationDoesNotHaveCannotBeCoded() {
        ResponseReceived response = online(new ResponseReceived.Respondent(RespondentType.INDIVIDUAL, null),
                Map.of("q42", new ResponseReceived.Answer(Position.AGREE, null)));

        assertThatThrownBy(() -> CODER.code(response, CONSULTATION, NOW))
                .isInstanceOf(UncodableResponseException.class).hasMessageContaining("q42");
    }
}
