package uk.consultation.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.consultation.schemas.consultation.ConsultationDefinitions;

/** The surge must be the mix it claims, and the same every run. */
class SurgeGeneratorTest {

    private final List<SurgeGenerator.Post> posts =
            new SurgeGenerator(ConsultationDefinitions.bundled("integrated-communities-2018"), 7).posts(3_000);
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void isAThirdCampaignSomeEmailsAndTheRestOnline() {
        long emails = posts.stream().filter(SurgeGenerator.Post::email).count();
        long campaign = posts.stream().filter(post -> post.kind() == SurgeGenerator.Kind.CAMPAIGN_LETTER
                && json.readTree(post.body()).get("answers").toString().contains("Communities Together")).count();

        assertThat(campaign).isBetween(900L, 1_100L);
        assertThat(emails).isBetween(100L, 200L);
    }

    @Test
    void campaignLettersAreNearlyTheSame() {
        List<String> letters = posts.stream().filter(post -> !post.email())
                .map(post -> json.readTree(post.body()).get("answers"))
                .flatMap(answers -> answers.valueStream().map(answer -> answer.path("comment").asString("")))
                .filter(comment -> comment.startsWith("Dear Minister")).toList();

        assertThat(letters).isNotEmpty().allSatisfy(letter -> assertThat(letter)
                .contains("Integration has to be a two-way street")
                .contains("Councils need long-term funding"));
        assertThat(letters.stream().distinct().count()).isGreaterThan(letters.size() / 2);
    }

    @Test
    void emailsAreOneMessageEachOnTheWrittenTemplate() {
        List<String> emails = posts.stream().filter(SurgeGenerator.Post::email)
                .map(post -> new String(post.body(), StandardCharsets.UTF_8)).toList();

        assertThat(emails).allSatisfy(email -> assertThat(email)
                .contains("Content-Type: text/plain; charset=UTF-8\r\n\r\nI am responding as an individual.\r\n")
                .containsPattern("\r\nQuestion [0-9]"));
        assertThat(emails.stream().map(email -> email.lines().filter(line -> line.startsWith("Message-ID")).findFirst()
                .orElseThrow()).distinct().count()).isEqualTo(emails.size());
    }

    @Test
    void mostOnlineSentencesAreTheRespondentsOwn() {
        Random random = new Random(1);
        String example = "Integration has to work both ways, not just newcomers adapting to everyone else.";
        long reworded = random.ints(400).mapToObj(i -> SurgeGenerator.reword(example, random))
                .filter(sentence -> !sentence.equals(example)).count();

        assertThat(reworded).isBetween(250L, 350L);
        assertThat(SurgeGenerator.reword("I agree with it.", new Random(3))).doesNotContain(" i agree");
    }

    @Test
    void isTheSameEveryRun() {
        List<SurgeGenerator.Post> again =
                new SurgeGenerator(ConsultationDefinitions.bundled("integrated-communities-2018"), 7).posts(3_000);

        assertThat(again).zipSatisfy(posts, (second, first) -> assertThat(second.body()).isEqualTo(first.body()));
    }

    @Test
    void onlineResponsesAnswerWithPositionsAndComments() {
        List<JsonNode> answers = posts.stream().filter(post -> !post.email())
                .flatMap(post -> json.readTree(post.body()).get("answers").valueStream()).toList();

        assertThat(answers).anySatisfy(answer -> assertThat(answer.has("position")).isTrue());
        assertThat(answers).anySatisfy(answer -> assertThat(answer.has("comment")).isTrue());
    }
}
