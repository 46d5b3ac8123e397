package uk.consultation.coding.emerging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

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
                    "Introduction", "Do you have any examples of successful approaches?", List.of(), List.of(),
                    QuestionKind.OPEN,
                    List.of(),
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

    private final ThemeCoder themes = new ThemeCoder(EMBEDDINGS, THEMES);
    /** The theme coder's unmatched sentences by question, in the order coded, as the store keeps them. */
    private final Map<String, List<UnmatchedSentences.Sentence>> unmatched = new TreeMap<>();
    private final EmergingThemes emerging = new EmergingThemes(new UnmatchedSentences() {
        @Override
        public List<String> consultations() {
            return List.of(CONSULTATION.id());
        }

        @Override
        public Map<String, List<Sentence>> of(String consultationId) {
            return unmatched;
        }
    }, new EmergingThemeSettings(Duration.ofMinutes(10), 0.55, 3, 2000, 4_000_000),
            Mockito.mock(ProposedCandidates.class));

    @Test
    void sentencesThatKeepComingUpBecomeCandidatesWithTheirSizeLabelAndQuotes() throws InterruptedException {
        List<String> answers = new ArrayList<>();
        answers.addAll(BUSES);
        answers.addAll(BROADBAND);
        answers.addAll(OTHERS);
        for (int i = 0; i < answers.size(); i++) {
            code("response-" + i, answers.get(i));
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
    }

    @Test
    void theSameSentencesInAnyOrderMakeTheSameClusters() throws InterruptedException {
        List<UnmatchedSentences.Sentence> sentences = new ArrayList<>();
        List<String> texts = new ArrayList<>(BUSES);
        texts.addAll(BROADBAND);
        List<float[]> vectors = EMBEDDINGS.embedAll(texts);
        for (int i = 0; i < texts.size(); i++) {
            sentences.add(new UnmatchedSentences.Sentence("response-" + i, texts.get(i), vectors.get(i)));
        }
        List<UnmatchedSentences.Sentence> shuffled = new ArrayList<>(sentences);
        Collections.shuffle(shuffled, new Random(7));

        SentenceClusters.Clustering clustering = SentenceClusters.of(sentences, 0.55, Long.MAX_VALUE);
        assertThat(SentenceClusters.of(shuffled, 0.55, Long.MAX_VALUE)).isEqualTo(clustering);
        assertThat(clustering.clusters()).hasSize(2);
    }

    @Test
    void severalThemesAmongManyOtherRemarksAreEachFound() throws InterruptedException {
        List<List<String>> raised = List.of(
                List.of("The bus to our village was cut, so older people cannot get to the town centre.",
                        "Without a regular bus service people in rural areas are cut off from everything.",
                        "Our only bus route was withdrawn and now nobody can reach the community centre without a car.",
                        "Cuts to local bus services have left many residents isolated at home.",
                        "Since the buses stopped running, elderly neighbours never get out to meet anyone.",
                        "Bring back the evening bus so people without cars can get to events in town."),
                List.of("Many older residents have no internet access and cannot use online services.",
                        "Poor broadband in our area means families cannot get online to find support.",
                        "People without internet at home are shut out now that everything has moved online.",
                        "Not everyone has a computer or a smartphone, so online-only services leave people behind.",
                        "Our village still has no decent broadband, so nobody can join anything online.",
                        "Offer help for people who cannot use the internet instead of moving every service online."),
                List.of("Free English classes are the best way to help new arrivals take part in community life.",
                        "English lessons for adults should be free and held in the evenings for working people.",
                        "English classes for adults were cut, so people who arrived recently cannot learn the language.",
                        "There are long waiting lists for English language courses in our town.",
                        "More funding for English classes would help people find work and make friends.",
                        "People who arrive here need affordable English courses close to where they live."),
                List.of("Young people have nowhere to go since the youth club closed.",
                        "Youth clubs bring teenagers from different backgrounds together, and ours was shut down.",
                        "We need more youth centres and activities for teenagers in the evenings.",
                        "Clubs and activities for young people keep teenagers off the streets and bring them together.",
                        "Funding for youth workers and youth clubs has been cut year after year.",
                        "Teenagers hang around on the streets because there are no youth activities any more."));
        List<String> others = List.of(
                "My grandmother came here in 1962 and worked as a nurse.",
                "The consultation document was far too long to read.",
                "I have lived on this street for forty years.",
                "The questions in this survey are leading and biased.",
                "Council tax has gone up again this year.",
                "Our local library runs a very popular knitting group.",
                "Housing in this city is far too expensive for young families.",
                "The parks are kept beautifully by volunteers.",
                "I do not trust the government to listen to the answers.",
                "Religious festivals are celebrated together at our school.",
                "Potholes on the main road have not been repaired for months.",
                "I am answering as a retired police officer.");
        List<String> answers = new ArrayList<>();
        raised.forEach(answers::addAll);
        answers.addAll(others);
        Collections.shuffle(answers, new Random(3));
        for (int i = 0; i < answers.size(); i++) {
            code("response-" + i, answers.get(i));
        }

        List<ThemeCandidate> candidates = emerging.propose(CONSULTATION.id());

        assertThat(candidates).hasSize(raised.size());
        for (List<String> theme : raised) {
            assertThat(candidates).filteredOn(candidate -> theme.containsAll(candidate.examples()))
                    .singleElement().satisfies(candidate -> assertThat(candidate.responses()).isEqualTo(theme.size()));
        }
    }

    @Test
    void manyCopiesOfTwoWordingsOfOneRemarkAreOneCandidate() throws InterruptedException {
        // Every sentence's nearest neighbours are copies of its own wording: the two wordings meet in a later round
        List<String> wordings = List.of("The bus to our village was cut, so older people cannot get to the town.",
                "Our village bus was cut, and now older people cannot get into town.");
        List<float[]> vectors = EMBEDDINGS.embedAll(wordings);
        assertThat(SentenceEmbeddings.similarity(vectors.get(0), vectors.get(1))).isGreaterThan(0.55);
        List<UnmatchedSentences.Sentence> sentences = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            sentences.add(new UnmatchedSentences.Sentence("response-" + i, wordings.get(i % 2), vectors.get(i % 2)));
        }

        assertThat(SentenceClusters.of(sentences, 0.55, Long.MAX_VALUE).clusters()).singleElement()
                .satisfies(cluster -> assertThat(cluster.sentences()).hasSize(80));
    }

    @Test
    void theLabelIsTheWordsThatSetTheClusterApart() {
        List<UnmatchedSentences.Sentence> cluster = sentences("Buses to the village were cut.",
                "The village lost its buses [name] said.", "Village buses matter.");
        List<UnmatchedSentences.Sentence> question = new ArrayList<>(cluster);
        question.addAll(sentences("The village hall is lovely.", "Our village has a school.",
                "The village pub closed."));

        // "village" is in every sentence of the question; "name" is a redaction, not a word anyone wrote
        assertThat(EmergingThemes.label(cluster, EmergingThemes.Words.of(question))).isEqualTo("buses");
    }

    private static List<UnmatchedSentences.Sentence> sentences(String... texts) {
        return List.of(texts).stream()
                .map(text -> new UnmatchedSentences.Sentence("r", text, new float[] {1})).toList();
    }

    private void code(String responseId, String text) {
        themes.code(coding(responseId, text), CONSULTATION).unmatched().forEach((questionId, sentences) ->
                unmatched.computeIfAbsent(questionId, id -> new ArrayList<>()).addAll(sentences));
    }

    private static ResponseCoded coding(String responseId, String text) {
        return new ResponseCoded(responseId, CONSULTATION.id(), 1, Instant.now(), Channel.ONLINE, Instant.now(), false,
                new ResponseCoded.CodedRespondent(RespondentType.INDIVIDUAL, CodingSource.EXPLICIT, 1.0, null),
                Map.of("q3", new ResponseCoded.CodedAnswer(null, null, 1.0, text, List.of())), List.of(), "test", 1,
                null, null);
    }
}
