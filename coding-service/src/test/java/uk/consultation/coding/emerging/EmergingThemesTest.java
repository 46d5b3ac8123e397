package uk.consultation.coding.emerging;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import uk.consultation.coding.language.SentenceEmbeddings;
import uk.consultation.coding.theme.ThemeCoder;
import uk.consultation.coding.theme.ThemeSettings;
import uk.consultation.coding.theme.UnmatchedSentences;
import uk.consultation.schemas.Channel;
import uk.consultation.schemas.RespondentType;
import uk.consultation.schemas.coding.CodingSource;
import uk.consultation.schemas.coding.ResponseCoded;
import uk.consultation.schemas.consultation.ConsultationDefinition;
import uk.consultation.schemas.consultation.ConsultationDefinitions;
import uk.consultation.schemas.consultation.Question;
import uk.consultation.schemas.consultation.QuestionKind;

/** Answers to a question whose codeframe has no themes yet: what they keep saying becomes candidate themes. */
class EmergingThemesTest {

    private static final ConsultationDefinition BUNDLED = ConsultationDefinitions.bundled(
            "integrated-communities-2018");
    private static final ConsultationDefinition CONSULTATION = new ConsultationDefinition("emerging", BUNDLED.title(),
            null, BUNDLED.timeZone(), BUNDLED.opens(), BUNDLED.closes(), 1, List.of(new Question("q3", "3",
                    "Introduction", "Do you have any examples of successful approaches?", QuestionKind.OPEN, List.of(),
                    List.of())), null);
    private static final ThemeSettings THEMES = new ThemeSettings(0.45, 0.1, 0.0, 1000);
    private static final SentenceEmbeddings EMBEDDINGS = new SentenceEmbeddings();

    private static final List<String> BUSES = List.of(
            "The bus to our village was cut, so older people cannot get to the town centre.",
            "Without a regular bus service people in rural areas are cut off from everything.",
            "Our only bus route was withdrawn and now nobody can reach the community centre without a car.",
            "Cuts to local bus services have left many residents isolated at home.");
    private static final List<String> BROADBAND = List.of(
            "Many older residents have no internet access and cannot use online services.",
            "Poor broadband in our area means families cannot get online to find support.",
            "People without internet at home are shut out now that everything has moved online.");
    private static final List<String> OTHERS = List.of(
            "My grandmother came here in 1962 and worked as a nurse.",
            "The consultation document was far too long to read.");

    private final UnmatchedSentences unmatched = new UnmatchedSentences(THEMES);
    private final ThemeCoder themes = new ThemeCoder(EMBEDDINGS, unmatched, THEMES);
    private final EmergingThemes emerging = new EmergingThemes(unmatched,
            new EmergingThemeSettings(Duration.ofMinutes(10), 0.55, 3, URI.create("http://localhost:8081")));

    @Test
    void sentencesThatKeepComingUpBecomeCandidatesWithTheirSizeLabelAndQuotes() {
        List<String> answers = new ArrayList<>();
        answers.addAll(BUSES);
        answers.addAll(BROADBAND);
        answers.addAll(OTHERS);
        for (int i = 0; i < answers.size(); i++) {
            themes.code(coding("response-" + i, answers.get(i)), CONSULTATION);
        }

        List<ThemeCandidate> candidates = emerging.propose(CONSULTATION.id());

        assertThat(candidates).hasSize(2);
        ThemeCandidate buses = candidates.get(0);
        assertThat(buses.questionId()).isEqualTo("q3");
        assertThat(buses.responses()).isEqualTo(BUSES.size());
        assertThat(buses.examples()).hasSize(3).allSatisfy(quote -> assertThat(BUSES).contains(quote));
        assertThat(buses.suggestedLabel()).contains("bus");
        ThemeCandidate broadband = candidates.get(1);
        assertThat(broadband.responses()).isEqualTo(BROADBAND.size());
        assertThat(broadband.examples()).allSatisfy(quote -> assertThat(BROADBAND).contains(quote));
        assertThat(broadband.suggestedLabel()).contains("internet");
        assertThat(emerging.candidate(CONSULTATION.id(), buses.id())).contains(buses);
    }

    @Test
    void theSameSentencesInAnyOrderMakeTheSameClusters() {
        List<UnmatchedSentences.Sentence> sentences = new ArrayList<>();
        List<String> texts = new ArrayList<>(BUSES);
        texts.addAll(BROADBAND);
        List<float[]> vectors = EMBEDDINGS.embedAll(texts);
        for (int i = 0; i < texts.size(); i++) {
            sentences.add(new UnmatchedSentences.Sentence("response-" + i, texts.get(i), vectors.get(i)));
        }
        List<UnmatchedSentences.Sentence> shuffled = new ArrayList<>(sentences);
        Collections.shuffle(shuffled, new Random(7));

        assertThat(SentenceClusters.of(shuffled, 0.55)).isEqualTo(SentenceClusters.of(sentences, 0.55))
                .hasSize(2);
    }

    @Test
    void theLabelIsTheWordsThatSetTheClusterApart() {
        List<UnmatchedSentences.Sentence> cluster = sentences("Buses to the village were cut.",
                "The village lost its buses [name] said.", "Village buses matter.");
        List<UnmatchedSentences.Sentence> question = new ArrayList<>(cluster);
        question.addAll(sentences("The village hall is lovely.", "Our village has a school.",
                "The village pub closed."));

        // "village" is in every sentence of the question; "name" is a redaction, not a word anyone wrote
        assertThat(EmergingThemes.label(cluster, question)).isEqualTo("buses");
    }

    private static List<UnmatchedSentences.Sentence> sentences(String... texts) {
        return List.of(texts).stream()
                .map(text -> new UnmatchedSentences.Sentence("r", text, new float[] {1})).toList();
    }

    private static ResponseCoded coding(String responseId, String text) {
        return new ResponseCoded(responseId, CONSULTATION.id(), 1, Instant.now(), Channel.ONLINE, Instant.now(), false,
                new ResponseCoded.CodedRespondent(RespondentType.INDIVIDUAL, CodingSource.EXPLICIT, 1.0, null),
                Map.of("q3", new ResponseCoded.CodedAnswer(null, null, 1.0, text, List.of())), List.of(), "test", 1,
                null, null);
    }
}
