package uk.consultation.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;

import tools.jackson.databind.json.JsonMapper;
import uk.consultation.schemas.Position;
import uk.consultation.schemas.consultation.ConsultationDefinition;
import uk.consultation.schemas.consultation.Question;

/**
 * Responses as the public sends them to a consultation, as request bodies for intake's response API. Comments are
 * built from the codeframe's own example sentences, so their words and lengths are those of real answers: most a
 * sentence or a few, some a long paragraph. Seeded, so every run posts the same responses.
 */
final class SubmissionGenerator {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String[] FIRST_NAMES = {"Ann", "Bilal", "Catherine", "Dafydd", "Eilidh", "Farah", "Graham",
            "Harpreet", "Ioana", "James", "Kwame", "Lucy", "Mohammed", "Niamh", "Olu", "Priya"};
    private static final String[] SURNAMES = {"Ahmed", "Brown", "Campbell", "Davies", "Evans", "Hughes", "Khan",
            "Kowalski", "Murphy", "Okafor", "Patel", "Roberts", "Singh", "Smith", "Taylor", "Wilson"};
    private static final String[] ORGANISATIONS = {"Bradford Council for Mosques", "Citizens Advice Oldham",
            "Local Government Association", "Refugee Action", "St Mary's Parish Council", "Tower Hamlets Homes",
            "Birmingham Voluntary Service Council", "Shpresa Programme"};

    private final ConsultationDefinition consultation;
    private final Random random;
    private final BiFunction<String, Random, String> wording;

    SubmissionGenerator(ConsultationDefinition consultation, long seed) {
        this(consultation, new Random(seed), (example, random) -> example);
    }

    /** @param wording how a respondent puts one of the codeframe's example sentences in a comment */
    SubmissionGenerator(ConsultationDefinition consultation, Random random, BiFunction<String, Random, String> wording) {
        this.consultation = consultation;
        this.random = random;
        this.wording = wording;
    }

    /** As many distinct bodies as asked for; the load generator cycles through them. */
    List<byte[]> bodies(int count) {
        List<byte[]> bodies = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            bodies.add(JSON.writeValueAsBytes(submission()));
        }
        return bodies;
    }

    Map<String, Object> submission() {
        return Map.of("respondent", respondent(), "answers", answers());
    }

    /** Mostly individuals, some organisations; a few give no name or email, so intake has no contact to publish. */
    private Map<String, Object> respondent() {
        Map<String, Object> respondent = new LinkedHashMap<>();
        boolean organisation = random.nextInt(100) < 15;
        respondent.put("type", organisation ? "organisation" : "individual");
        if (organisation) {
            respondent.put("organisationName", pick(ORGANISATIONS));
        }
        if (random.nextInt(100) < 90) {
            String name = personName();
            respondent.put("name", name);
            respondent.put("email", email(name));
        }
        return respondent;
    }

    String personName() {
        return pick(FIRST_NAMES) + " " + pick(SURNAMES);
    }

    String email(String name) {
        return (name.replace(' ', '.') + random.nextInt(1000) + "@example.org").toLowerCase();
    }

    /** Respondents answer some questions, not all: each one with even odds, and always at least one. */
    private Map<String, Object> answers() {
        Map<String, Object> answers = new LinkedHashMap<>();
        List<Question> questions = consultation.questions();
        for (Question question : questions) {
            if (random.nextBoolean()) {
                answers.put(question.id(), answer(question));
            }
        }
        if (answers.isEmpty()) {
            Question question = questions.get(random.nextInt(questions.size()));
            answers.put(question.id(), answer(question));
        }
        return answers;
    }

    private Map<String, Object> answer(Question question) {
        Map<String, Object> answer = new LinkedHashMap<>();
        if (question.isClosed()) {
            answer.put("position", position(question).wireName());
            if (random.nextInt(100) < 60) {
                answer.put("comment", comment(question));
            }
        } else {
            answer.put("comment", comment(question));
        }
        return answer;
    }

    /** Agreement is the commonest answer in consultations, then disagreement, then not sure. */
    private Position position(Question question) {
        int roll = random.nextInt(100);
        Position wanted = roll < 50 ? Position.AGREE : roll < 80 ? Position.DISAGREE : Position.NOT_SURE;
        return question.offers(wanted) ? wanted : question.options().get(0).position();
    }

    /** One to four sentences usually; one comment in ten is a long paragraph of eight to twenty. */
    private String comment(Question question) {
        List<String> sentences = question.codeframe().stream().flatMap(theme -> theme.examples().stream()).toList();
        int count = random.nextInt(10) == 0 ? 8 + random.nextInt(13) : 1 + random.nextInt(4);
        StringBuilder comment = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                comment.append(' ');
            }
            comment.append(wording.apply(sentences.get(random.nextInt(sentences.size())), random));
        }
        return comment.toString();
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
