package uk.consultation.coding.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.consultation.schemas.RespondentType;
import uk.consultation.testsupport.fuzz.Bounded;

class RespondentInferenceTest {

    /** A raw score the signs reach when they are clear: two signs of a body that agree, or "I" and no sign of one. */
    private static final double CLEAR = 0.8;

    /** Two real organisational responses to the consultation, as published (the project's seed documents). */
    @Test
    void realOrganisationalResponsesAreOrganisations() throws IOException {
        RespondentInference.Inference foundation = RespondentInference.infer(List.of(text("paul-hamlyn-foundation.txt")));
        RespondentInference.Inference neighbours = RespondentInference.infer(List.of(text("near-neighbours.txt")));

        assertThat(foundation.type()).isEqualTo(RespondentType.ORGANISATION);
        assertThat(foundation.organisationName()).isEqualTo("Paul Hamlyn Foundation");
        assertThat(foundation.confidence()).isGreaterThanOrEqualTo(CLEAR);
        assertThat(neighbours.type()).isEqualTo(RespondentType.ORGANISATION);
        assertThat(neighbours.organisationName()).isEqualTo("Near Neighbours");
        assertThat(neighbours.confidence()).isGreaterThanOrEqualTo(CLEAR);
    }

    @Test
    void aLetterheadAndASignatureWithARoleMakeAnOrganisation() {
        RespondentInference.Inference inference = RespondentInference.infer(List.of("""
                Bradford Interfaith Forum
                12 High Street

                Dear Secretary of State,

                We welcome the Green Paper and our volunteers see its value every week.

                Yours sincerely,
                Chair of Trustees
                """));

        assertThat(inference.type()).isEqualTo(RespondentType.ORGANISATION);
        assertThat(inference.organisationName()).isEqualTo("Bradford Interfaith Forum");
    }

    @Test
    void aPersonWritingForThemselvesIsAnIndividual() {
        RespondentInference.Inference inference = RespondentInference.infer(List.of("""
                Dear Sir,

                I have lived in Luton all my life and I think the English classes my neighbour took helped her find
                work. I disagree with the idea that integration is only a problem in some places.

                Yours faithfully
                """));

        assertThat(inference.type()).isEqualTo(RespondentType.INDIVIDUAL);
        assertThat(inference.confidence()).isGreaterThanOrEqualTo(CLEAR);
        assertThat(inference.organisationName()).isNull();
    }

    @Test
    void aFamilyWritingAsWeIsNotAnOrganisationButIsUnsure() {
        RespondentInference.Inference inference = RespondentInference.infer(List.of(
                "We are a family of four in Walsall. We think our children need more chances to mix at school."));

        assertThat(inference.type()).isEqualTo(RespondentType.INDIVIDUAL);
        assertThat(inference.confidence()).isLessThan(CLEAR);
    }

    @Test
    void aSignatureWithAnOfficeUnderTheBodysNameMakesAnOrganisation() {
        RespondentInference.Inference inference = RespondentInference.infer(List.of("""
                Dear Sir or Madam,

                We support local plans, and we would like them to include the voluntary sector from the start.

                Yours faithfully,
                Chief Officer
                Hillside Volunteer Network
                """));

        assertThat(inference.type()).isEqualTo(RespondentType.ORGANISATION);
        assertThat(inference.organisationName()).isEqualTo("Hillside Volunteer Network");
    }

    @Test
    void theBodyASignatureNamesAfterTheOfficeIsItsName() {
        RespondentInference.Inference inference = RespondentInference.infer(List.of("""
                We agree with the proposals on English, and our tenants would use classes held on the estate.

                Head of Communities, Greenway Housing Trust
                """));

        assertThat(inference.type()).isEqualTo(RespondentType.ORGANISATION);
        assertThat(inference.organisationName()).isEqualTo("Greenway Housing Trust");
    }

    @Test
    void aBodyNamedInTheOpeningSentenceMakesAnOrganisation() {
        RespondentInference.Inference represents = RespondentInference.infer(List.of(
                "The Millbrook Network represents 60 small community groups across the valley. We think local plans "
                        + "are right, and our members would take part in them."));
        RespondentInference.Inference charity = RespondentInference.infer(List.of(
                "Open Doors Dudley is a charity working with newly arrived families. We welcome the information "
                        + "packs, though our clients need them in their own languages."));

        assertThat(represents.type()).isEqualTo(RespondentType.ORGANISATION);
        assertThat(represents.organisationName()).isEqualTo("Millbrook Network");
        assertThat(charity.type()).isEqualTo(RespondentType.ORGANISATION);
        assertThat(charity.organisationName()).isEqualTo("Open Doors Dudley");
    }

    @Test
    void aResponseSaidToBeFromABodyIsAnOrganisations() {
        RespondentInference.Inference subject = RespondentInference.infer(List.of("""
                Subject: Response from Eastgate Community Centre

                Please find our comments below. We agree with the definition.
                """));
        RespondentInference.Inference onBehalf = RespondentInference.infer(List.of(
                "I am writing on behalf of the Southfield Residents Association. We disagree with the fund."));

        assertThat(subject.type()).isEqualTo(RespondentType.ORGANISATION);
        assertThat(subject.organisationName()).isEqualTo("Eastgate Community Centre");
        assertThat(onBehalf.type()).isEqualTo(RespondentType.ORGANISATION);
        assertThat(onBehalf.organisationName()).isEqualTo("Southfield Residents Association");
    }

    @Test
    void aCharityOrCompanyNumberMakesAnOrganisation() {
        assertThat(RespondentInference.infer(List.of("We agree with question 7.\n\nKind regards\nRegistered charity no. "
                + "1098765")).type()).isEqualTo(RespondentType.ORGANISATION);
        assertThat(RespondentInference.infer(List.of("We agree with question 7.\n\nCompany number 04123456")).type())
                .isEqualTo(RespondentType.ORGANISATION);
    }

    @Test
    void whatTheBodysCommitteeAgreedIsAnOrganisationsResponse() {
        RespondentInference.Inference inference = RespondentInference.infer(List.of(
                "Our committee agreed this response at its May meeting. We are a membership association of 400 "
                        + "allotment holders, and we welcome the chapter on places and community."));

        assertThat(inference.type()).isEqualTo(RespondentType.ORGANISATION);
        assertThat(inference.confidence()).isGreaterThanOrEqualTo(CLEAR);
    }

    @Test
    void aPersonWhoNamesTheirOfficeButWritesPersonallyIsAnIndividual() {
        RespondentInference.Inference inference = RespondentInference.infer(List.of("""
                I am writing in a personal capacity, not on behalf of the Trust, although I am its Director.
                We agree with local plans.

                Director, Moorside Arts Trust
                """));

        assertThat(inference.type()).isEqualTo(RespondentType.INDIVIDUAL);
        assertThat(inference.confidence()).isGreaterThanOrEqualTo(CLEAR);
        assertThat(inference.organisationName()).isNull();
    }

    @Test
    void aVolunteerWritingAboutTheirGroupIsAnIndividual() {
        RespondentInference.Inference inference = RespondentInference.infer(List.of("""
                Dear Sir,

                I volunteer at the Thursday lunch club at my church. We feed about thirty people and our volunteers
                come from all over town. I think the Green Paper is right that this kind of thing matters.

                Best wishes,
                Joan
                """));

        assertThat(inference.type()).isEqualTo(RespondentType.INDIVIDUAL);
    }

    @Test
    void oneSignOfABodyAloneIsLeftToAnAnalyst() {
        RespondentInference.Inference inference = RespondentInference.infer(List.of("""
                Westfield Tenants Forum

                The proposals on English are welcome.
                """));

        assertThat(inference.type()).isEqualTo(RespondentType.ORGANISATION);
        assertThat(inference.confidence()).isLessThan(CLEAR);
    }

    @Test
    void aLongTextInCapitalsIsNotReadAsOneEndlessName() {
        // Every capital could start a name running to the end of the text, read again from every capital after it
        String capitals = "NO MORE FREE ENGLISH LESSONS AND NO MORE WELCOME PACKS ".repeat(2_000);

        assertThat(Bounded.call(() -> RespondentInference.infer(List.of(capitals, "Response from " + capitals)))
                .type()).isEqualTo(RespondentType.INDIVIDUAL);
    }

    private static String text(String name) throws IOException {
        try (InputStream in = RespondentInferenceTest.class.getResourceAsStream("/responses/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
