package uk.consultation.coding.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.consultation.coding.TestCoding;
import uk.consultation.coding.language.SentenceEmbeddings;
import uk.consultation.coding.theme.ThemeCoder;
import uk.consultation.coding.theme.ThemeSettings;
import uk.consultation.coding.understand.FreeTextCoder;
import uk.consultation.schemas.Channel;
import uk.consultation.schemas.Position;
import uk.consultation.schemas.coding.CodingSource;
import uk.consultation.schemas.coding.ResponseCoded;
import uk.consultation.schemas.consultation.ConsultationDefinition;
import uk.consultation.schemas.consultation.ConsultationDefinitions;
import uk.consultation.schemas.response.ResponseReceived;

/**
 * How often coding runs the sentence-embedding model, counted by a coder of its own: each distinct sentence of a
 * response once, through question mapping and theme coding both, and never for an answer that is a position alone.
 */
class ModelRunsTest {

    private static final ConsultationDefinition CONSULTATION = ConsultationDefinitions.bundled("integrated-communities-2018");
    private static final Instant NOW = Instant.parse("2018-05-01T10:00:00Z");
    private static final ThemeSettings THEMES = new ThemeSettings(0.45, 0.1, 0.35, 1000);

    private final SentenceEmbeddings embeddings = new SentenceEmbeddings();
    private final ResponseCoder coder = new ResponseCoder(new FreeTextCoder(embeddings, TestCoding.SETTINGS),
            new Calibration());
    private final ThemeCoder themes = new ThemeCoder(embeddings, THEMES);

    @Test
    void positionsAloneRunNoModel() {
        ResponseCoded form = code(online(Map.of("q1", new ResponseReceived.Answer(Position.AGREE, null),
                "q2", new ResponseReceived.Answer(Position.DISAGREE, " "))));
        ResponseCoded template = code(letter("""
                Question 1
                Yes
                Question 2
                No
                """));

        assertThat(embeddings.sentencesEmbedded()).isZero();
        assertThat(form.answers().get("q2").position()).isEqualTo(Position.DISAGREE);
        assertThat(template.answers().get("q1").position()).isEqualTo(Position.AGREE);
        assertThat(template.answers().get("q1").source()).isEqualTo(CodingSource.PARSED);
    }

    @Test
    void eachSentenceOfAResponseRunsThroughTheModelOnce() {
        // The questions' and themes' vectors are made once per codeframe version, before.
        code(online(Map.of("q1", new ResponseReceived.Answer(Position.AGREE, "Warm-up."),
                "q3", new ResponseReceived.Answer(null, "Warm-up."), "q4", new ResponseReceived.Answer(null, "Warm-up."))));
        code(letter("Warm-up letter.\n\nOn English: warm-up."));
        long before = embeddings.sentencesEmbedded();

        ResponseCoded form = code(online(Map.of(
                "q1", new ResponseReceived.Answer(Position.AGREE,
                        "English classes help people settle. English classes help people settle."),
                "q3", new ResponseReceived.Answer(null, "English classes help people settle."))));
        long afterForm = embeddings.sentencesEmbedded();
        ResponseCoded letter = code(letter("""
                Dear team,

                We strongly agree that local leaders need support to promote integration. Our volunteers would \
                welcome training.

                We strongly agree that local leaders need support to promote integration.
                """));

        assertThat(afterForm - before).isEqualTo(1);
        // "Dear team," and the two sentences, though mapping reads the paragraphs and theme coding the answers' text.
        assertThat(embeddings.sentencesEmbedded() - afterForm).isEqualTo(3);
        assertThat(form.answers().get("q3").text()).isEqualTo("English classes help people settle.");
        assertThat(letter.answers().get("q4").text()).startsWith("We strongly agree");
    }

    private ResponseCoded code(ResponseReceived response) {
        return themes.code(coder.code(response, CONSULTATION, NOW), CONSULTATION).coded();
    }

    private static ResponseReceived online(Map<String, ResponseReceived.Answer> answers) {
        return new ResponseReceived("r-1", CONSULTATION.id(), "ABCD-EFGH", Channel.ONLINE, NOW, false,
                new ResponseReceived.Respondent(null, null), answers, null, List.of(),
                ResponseReceived.Source.none());
    }

    private static ResponseReceived letter(String text) {
        return new ResponseReceived("r-2", CONSULTATION.id(), "ABCD-EFGJ", Channel.LETTER, NOW, false,
                new ResponseReceived.Respondent(null, null), Map.of(), text, List.of(),
                new ResponseReceived.Source(null, null, null, "SCAN-1", "clerk-7"));
    }
}
