package uk.consultation.coding.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.consultation.schemas.RespondentType;

class RespondentInferenceTest {

    /** Two real organisational responses to the consultation, as published (the project's seed documents). */
    @Test
    void realOrganisationalResponsesAreOrganisations() throws IOException {
        RespondentInference.Inference foundation = RespondentInference.infer(List.of(text("paul-hamlyn-foundation.txt")));
        RespondentInference.Inference neighbours = RespondentInference.infer(List.of(text("near-neighbours.txt")));

        assertThat(foundation.type()).isEqualTo(RespondentType.ORGANISATION);
        assertThat(foundation.organisationName()).isEqualTo("Paul Hamlyn Foundation");
        assertThat(foundation.confidence()).isGreaterThanOrEqualTo(RespondentInference.REVIEW_BELOW);
        assertThat(neighbours.type()).isEqualTo(RespondentType.ORGANISATION);
        assertThat(neighbours.organisationName()).isEqualTo("Near Neighbours");
        assertThat(neighbours.confidence()).isGreaterThanOrEqualTo(RespondentInference.REVIEW_BELOW);
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
        assertThat(inference.confidence()).isGreaterThanOrEqualTo(RespondentInference.REVIEW_BELOW);
        assertThat(inference.organisationName()).isNull();
    }

    @Test
    void aFamilyWritingAsWeIsNotAnOrganisationButIsUnsure() {
        RespondentInference.Inference inference = RespondentInference.infer(List.of(
                "We are a family of four in Walsall. We think our children need more chances to mix at school."));

        assertThat(inference.type()).isEqualTo(RespondentType.INDIVIDUAL);
        assertThat(inference.confidence()).isLessThan(RespondentInference.REVIEW_BELOW);
    }

    private static String text(String name) throws IOException {
        try (InputStream in = RespondentInferenceTest.class.getResourceAsStream("/responses/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
