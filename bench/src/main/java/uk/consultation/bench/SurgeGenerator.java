package uk.consultation.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import tools.jackson.databind.json.JsonMapper;
import uk.consultation.schemas.Position;
import uk.consultation.schemas.consultation.ConsultationDefinition;
import uk.consultation.schemas.consultation.Question;

/**
 * A surge of responses to a consultation as one arrives when a campaign and the press get going, seeded so every run
 * posts the same: most online, with explicit positions and comments in the respondents' own words (the codeframe's
 * example sentences reworded with a place, a role or a group, so that most sentences are new to the coder); a third
 * a campaign's letter pasted into the form, the same but for the name, the town and one sentence; and some emails
 * on the written template, uploaded through intake's email import.
 */
final class SurgeGenerator {

    /** Out of 100: a third campaign, a few emails, the rest online in the respondents' own words. */
    static final int CAMPAIGN_SHARE = 33;
    static final int EMAIL_SHARE = 5;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String[] TOWNS = {"Blackburn", "Bradford", "Peterborough", "Walsall", "Waltham Forest",
            "Oldham", "Leicester", "Luton", "Rochdale", "Burnley", "Hull", "Sunderland", "Cardiff", "Bristol",
            "Norwich", "Boston", "Slough", "Wolverhampton", "Newham", "Kirklees", "Stoke-on-Trent", "Swindon",
            "Derby", "Middlesbrough", "Coventry", "Preston", "Ipswich", "Harlow", "Crawley", "Gateshead"};
    private static final String[] ROLES = {"teacher", "youth worker", "parent", "carer", "nurse", "councillor",
            "volunteer", "shop owner", "pensioner", "student", "social worker", "imam", "vicar", "GP",
            "housing officer", "police officer", "librarian", "childminder"};
    private static final String[] GROUPS = {"young people", "older people", "new arrivals", "women at home",
            "disabled people", "refugees", "families on low incomes", "people who work shifts", "school leavers",
            "settled residents", "people without English", "Gypsy and Traveller families", "single parents"};
    private static final String[] OPENERS = {"In %s, ", "Where I live in %s, ", "From what I see in %s, ",
            "Here in %s, "};
    private static final String[] ROLE_OPENERS = {"As a %s, I would say ", "Speaking as a %s, ",
            "In my work as a %s, I find that "};
    private static final String[] ENDINGS = {" This matters most for %s in %s.", " It is %s in %s who lose out.",
            " Ask %s in %s and they will say the same."};
    private static final String CAMPAIGN = """
            Dear Minister,
            I live in %s and I am writing in support of the Communities Together campaign.
            Integration has to be a two-way street, with every community taking part and nobody made to give up their own identity.
            English classes must be free and available to everyone who needs them, with childcare so that mothers can attend.
            Councils need long-term funding for the local projects that bring people together, not short pilots.
            %s
            Yours sincerely,
            %s""";
    private static final String[] CAMPAIGN_SENTENCES = {
            "Our community centre is the only place where neighbours from different backgrounds meet.",
            "The youth club that brought our estate together closed last year.",
            "My own family learnt English at a free evening class that no longer runs.",
            "Schools are where friendships across communities start, and they need support.",
            "Please listen to the people who do this work every day.",
            "Volunteers cannot carry this on their own.",
            "Local people know best what their area needs.",
            "Short-term funding means good projects end just as they start working."};

    /** What kind of response of the surge a post is. */
    enum Kind {
        OWN_WORDS, CAMPAIGN_LETTER, TEMPLATE_EMAIL
    }

    /**
     * One response to post.
     *
     * @param kind     online in the respondent's own words, a campaign letter in the form, or an email for intake's
     *                 email import (posted as a transcriber)
     * @param body     the request body: the response as JSON, or the email as a message
     * @param freeText what the respondent wrote in their own words, for counting the sentences coding embeds
     */
    record Post(Kind kind, byte[] body, List<String> freeText) {

        boolean email() {
            return kind == Kind.TEMPLATE_EMAIL;
        }

        String channel() {
            return email() ? "email" : "online";
        }
    }

    private final ConsultationDefinition consultation;
    private final Random random;
    private final SubmissionGenerator online;
    private int emails;

    SurgeGenerator(ConsultationDefinition consultation, long seed) {
        this.consultation = consultation;
        this.random = new Random(seed);
        this.online = new SubmissionGenerator(consultation, random, SurgeGenerator::reword);
    }

    List<Post> posts(int count) {
        List<Post> posts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            posts.add(next());
        }
        return posts;
    }

    Post next() {
        int roll = random.nextInt(100);
        if (roll < CAMPAIGN_SHARE) {
            return campaignLetter();
        }
        return roll < CAMPAIGN_SHARE + EMAIL_SHARE ? templateEmail() : online();
    }

    private Post online() {
        Map<String, Object> submission = online.submission();
        List<String> comments = new ArrayList<>();
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> answers = (Map<String, Map<String, Object>>) submission.get("answers");
        answers.values().forEach(answer -> {
            if (answer.get("comment") instanceof String comment) {
                comments.add(comment);
            }
        });
        return new Post(Kind.OWN_WORDS, JSON.writeValueAsBytes(submission), comments);
    }

    /** The campaign's letter pasted into the form as the comment on the first question, which it disagrees with. */
    private Post campaignLetter() {
        String name = online.personName();
        String letter = CAMPAIGN.formatted(pick(TOWNS), pick(CAMPAIGN_SENTENCES), name);
        Question first = consultation.questions().get(0);
        Map<String, Object> submission = Map.of(
                "respondent", Map.of("type", "individual", "name", name, "email", online.email(name)),
                "answers", Map.of(first.id(), Map.of("position", Position.DISAGREE.wireName(), "comment", letter)));
        return new Post(Kind.CAMPAIGN_LETTER, JSON.writeValueAsBytes(submission), List.of(letter));
    }

    /**
     * An email on the consultation's written template (system-tests' {@code PublishedFiguresTest} writes the same
     * layout): "Question 1", the position, the comment, for about half the questions.
     */
    private Post templateEmail() {
        int number = ++emails;
        String name = online.personName();
        StringBuilder text = new StringBuilder("I am responding as an individual.\n\n");
        List<String> comments = new ArrayList<>();
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> answers =
                (Map<String, Map<String, Object>>) online.submission().get("answers");
        answers.forEach((id, answer) -> {
            text.append("Question ").append(consultation.question(id).orElseThrow().number()).append('\n');
            if (answer.get("position") instanceof String position) {
                text.append(switch (Position.fromWireName(position).orElseThrow()) {
                    case AGREE -> "Yes";
                    case DISAGREE -> "No";
                    default -> "Not sure";
                }).append('\n');
            }
            if (answer.get("comment") instanceof String comment) {
                text.append(comment).append('\n');
                comments.add(comment);
            }
            text.append('\n');
        });
        text.append("Regards,\n").append(name).append('\n');
        String message = """
                From: %s <%s>\r
                To: responses@integrated-communities.localhost\r
                Subject: Integrated Communities Strategy consultation response\r
                Date: Tue, 5 Jun 2018 16:20:00 +0100\r
                Message-ID: <surge-%d@example.org>\r
                MIME-Version: 1.0\r
                Content-Type: text/plain; charset=UTF-8\r
                \r
                """.formatted(name, online.email(name), number)
                + text.toString().replace("\n", "\r\n");
        return new Post(Kind.TEMPLATE_EMAIL, message.getBytes(StandardCharsets.UTF_8), comments);
    }

    /**
     * An example sentence as a respondent might put it: a quarter word for word, the rest with a place, a role or a
     * group of their own, so that most sentences of a large surge are ones the coder has not seen.
     */
    static String reword(String example, Random random) {
        // "I" and names keep their capital after an opener
        String lowered = example.matches("(I|English)\\b.*") ? example
                : Character.toLowerCase(example.charAt(0)) + example.substring(1);
        return switch (random.nextInt(4)) {
            case 0 -> example;
            case 1 -> OPENERS[random.nextInt(OPENERS.length)].formatted(TOWNS[random.nextInt(TOWNS.length)]) + lowered;
            case 2 -> ROLE_OPENERS[random.nextInt(ROLE_OPENERS.length)].formatted(ROLES[random.nextInt(ROLES.length)])
                    + lowered;
            default -> example + ENDINGS[random.nextInt(ENDINGS.length)].formatted(
                    GROUPS[random.nextInt(GROUPS.length)], TOWNS[random.nextInt(TOWNS.length)]);
        };
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
