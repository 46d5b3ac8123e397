package uk.consultation.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import uk.consultation.access.StaffRole;
import uk.consultation.schemas.EventJson;

/**
 * The acceptance yardstick: the government's published summary of the 3,483 responses to the Integrated Communities
 * Strategy Green Paper. A dataset generated here has exactly the published make-up — 3,142 responses online and 341 by
 * email and letter (most of them organisations, on the written template in varied layouts, some in attached Word
 * documents or text files),
 * 3,144 individuals and 339 organisations, each question's responses and agree / disagree / not sure split by
 * respondent type, and 235 individuals answering 'No' to everything without comment. Sent through intake by all three
 * channels, the figures API must give back every published count and percentage, and the drafted summary must word
 * them as the published response does.
 */
class PublishedFiguresTest {

    private static final String[] POSITIONS = {"agree", "disagree", "not_sure"};
    private static final int ORGANISATIONS = 339;
    private static final int INDIVIDUALS = 3_144;
    private static final int ORGANISATIONS_OFFLINE = 250;
    private static final int INDIVIDUALS_OFFLINE = 91;
    private static final int NO_TO_ALL = 235;
    private static final Duration FIGURES_WAIT = Duration.ofMinutes(5);
    private static final String CONSULTATION = "published-" + UUID.randomUUID().toString().substring(0, 8);

    private static RunningSystem system;

    @BeforeAll
    static void startTheSystem() throws Exception {
        system = RunningSystem.start("published-figures");
    }

    @AfterAll
    static void stopTheSystem() throws InterruptedException {
        if (system != null) {
            system.close();
        }
    }

    /** One row of the published table; for an open question only the number of responses is published. */
    record Published(String question, int responses, int organisations, int[] organisationPercents, int individuals,
            int[] individualPercents) {

        boolean closed() {
            return organisations > 0;
        }
    }

    /** One respondent of the generated dataset, and the answers they give by question id. */
    record Respondent(int number, boolean organisation, String channel, boolean noToAll,
            Map<String, String> positions, Map<String, String> comments) {
    }

    @Test
    void everyPublishedFigureComesBackFromTheFiguresApi() throws Exception {
        List<Published> table = publishedTable();
        List<Respondent> respondents = dataset(table);
        system.registerExampleAs(CONSULTATION);
        for (Respondent respondent : respondents) {
            send(respondent);
        }

        await().atMost(FIGURES_WAIT).pollInterval(Duration.ofSeconds(2)).ignoreExceptions().untilAsserted(() ->
                assertThat(figures("/figures").get("responses").asInt()).isEqualTo(3_483));
        JsonNode figures = figures("/figures");
        assertThat(figures.get("byChannel").get("online").asInt()).isEqualTo(3_142);
        assertThat(figures.get("byChannel").get("email").asInt() + figures.get("byChannel").get("letter").asInt())
                .isEqualTo(341);
        assertThat(figures.get("byRespondentType").get("individual").asInt()).isEqualTo(INDIVIDUALS);
        assertThat(figures.get("byRespondentType").get("organisation").asInt()).isEqualTo(ORGANISATIONS);
        assertThat(figures.get("noToAll").get("individual").asInt()).isEqualTo(NO_TO_ALL);
        assertThat(figures.get("noToAll").get("organisation").asInt()).isZero();

        for (Published row : table) {
            JsonNode question = figures("/questions/" + row.question() + "/figures");
            if (!row.closed()) {
                assertThat(question.get("responses").asInt()).as(row.question()).isEqualTo(row.responses());
                continue;
            }
            assertType(row.question(), question.get("organisations"), row.organisations(), row.organisationPercents());
            assertType(row.question(), question.get("individuals"), row.individuals(), row.individualPercents());
            // Internally consistent: the question's responses are its organisations' and individuals'. The published
            // total for question 5 (2,684) is 9 more than its parts (234 + 2,441): the figures give 2,675.
            assertThat(question.get("responses").asInt()).as(row.question())
                    .isEqualTo(row.organisations() + row.individuals());
            if (!row.question().equals("q5")) {
                assertThat(question.get("responses").asInt()).as(row.question()).isEqualTo(row.responses());
            }
        }

        // The drafted summary words these figures as the published response does, less the editors' asides.
        String summary = system.reportingText(CONSULTATION, "/summary.md", Duration.ofSeconds(30));
        for (String[] sentence : publishedSentences()) {
            if (!sentence[0].equals("q5")) {
                assertThat(summary).as(sentence[0]).contains(sentence[1]
                        .replace(" (for a variety of reasons)", "")
                        .replace("<sup>3</sup>", "")
                        .replaceFirst(" (Key points|Points) raised include:$", ""));
            }
        }
    }

    /** The published summary's sentences about who responded and each closed question, by question id or "who". */
    private static List<String[]> publishedSentences() throws IOException {
        try (InputStream in = PublishedFiguresTest.class.getResourceAsStream("/published-summary.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\\|", 2))
                    .toList();
        }
    }

    private static void assertType(String question, JsonNode figures, int responses, int[] percents) {
        assertThat(figures.get("responses").asInt()).as(question).isEqualTo(responses);
        assertThat(new int[] {figures.get("agreePercent").asInt(), figures.get("disagreePercent").asInt(),
                figures.get("notSurePercent").asInt()}).as(question).containsExactly(percents);
        assertThat(figures.get("agree").asInt() + figures.get("disagree").asInt() + figures.get("notSure").asInt())
                .as(question).isEqualTo(responses);
    }

    // --- the published table -----------------------------------------------------------------------------------

    private static List<Published> publishedTable() throws IOException {
        List<Published> rows = new ArrayList<>();
        try (InputStream in = PublishedFiguresTest.class.getResourceAsStream("/published-figures.csv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                rows.add(cells[2].isEmpty()
                        ? new Published(cells[0], number(cells[1]), 0, null, 0, null)
                        : new Published(cells[0], number(cells[1]), number(cells[2]),
                                new int[] {number(cells[3]), number(cells[4]), number(cells[5])}, number(cells[6]),
                                new int[] {number(cells[7]), number(cells[8]), number(cells[9])}));
            }
        }
        return rows;
    }

    private static int number(String cell) {
        return Integer.parseInt(cell.strip());
    }

    /**
     * Counts of agree, disagree and not sure that add up to the responses and round (half up, as the figures do) to
     * the published percentages. Published percentages are rounded, so the counts are found by search.
     */
    static int[] counts(int responses, int[] percents) {
        for (int agree = 0; agree <= responses; agree++) {
            if (percent(agree, responses) != percents[0]) {
                continue;
            }
            for (int disagree = 0; agree + disagree <= responses; disagree++) {
                int notSure = responses - agree - disagree;
                if (percent(disagree, responses) == percents[1] && percent(notSure, responses) == percents[2]) {
                    return new int[] {agree, disagree, notSure};
                }
            }
        }
        throw new IllegalArgumentException("No counts of " + responses + " round to " + List.of(percents));
    }

    private static int percent(int part, int whole) {
        return (int) Math.floor(100.0 * part / whole + 0.5);
    }

    // --- the dataset ---------------------------------------------------------------------------------------------

    /**
     * Respondents and their answers with the published make-up. Each question is answered by a window of its type's
     * respondents that starts where the last question's ended, so that everyone answers something; the 235 'No to
     * all' individuals answer every closed question 'No' and write nothing; every other respondent comments on at
     * least one answer, so that none of them is 'No to all' by accident.
     */
    static List<Respondent> dataset(List<Published> table) {
        List<Respondent> organisations = new ArrayList<>();
        for (int i = 0; i < ORGANISATIONS; i++) {
            organisations.add(new Respondent(i, true, i < ORGANISATIONS_OFFLINE ? offlineChannel(i) : "online", false,
                    new LinkedHashMap<>(), new LinkedHashMap<>()));
        }
        List<Respondent> noToAll = new ArrayList<>();
        List<Respondent> individuals = new ArrayList<>();
        for (int i = 0; i < INDIVIDUALS; i++) {
            int number = ORGANISATIONS + i;
            String channel = i < INDIVIDUALS_OFFLINE ? offlineChannel(i) : "online";
            // Some 'No to all' respondents write in: the last ones, after the offline individuals who comment.
            Respondent respondent = new Respondent(number, false, channel, i >= INDIVIDUALS - NO_TO_ALL,
                    new LinkedHashMap<>(), new LinkedHashMap<>());
            (respondent.noToAll() ? noToAll : individuals).add(respondent);
        }
        int organisationStart = 0;
        int individualStart = 0;
        for (Published row : table) {
            if (!row.closed()) {
                // Open questions: answered by organisations and individuals alike, never by 'No to all'.
                List<Respondent> writers = new ArrayList<>(organisations);
                writers.addAll(individuals);
                for (int i = 0; i < row.responses(); i++) {
                    writers.get((organisationStart + i * 3) % writers.size()).comments()
                            .put(row.question(), "Example " + i + " of what works where we live.");
                }
                continue;
            }
            assign(row.question(), organisations, organisationStart, counts(row.organisations(),
                    row.organisationPercents()));
            organisationStart = (organisationStart + row.organisations()) % organisations.size();
            int[] individualCounts = counts(row.individuals(), row.individualPercents());
            noToAll.forEach(respondent -> respondent.positions().put(row.question(), "disagree"));
            individualCounts[1] -= noToAll.size();
            assign(row.question(), individuals, individualStart, individualCounts);
            individualStart = (individualStart + row.individuals() - noToAll.size()) % individuals.size();
        }
        List<Respondent> all = new ArrayList<>(organisations);
        all.addAll(individuals);
        all.addAll(noToAll);
        for (Respondent respondent : all) {
            if (!respondent.noToAll() && respondent.comments().isEmpty()) {
                String first = respondent.positions().keySet().iterator().next();
                respondent.comments().put(first, "Respondent " + respondent.number() + " gave reasons.");
            }
        }
        return all;
    }

    private static void assign(String question, List<Respondent> respondents, int start, int[] counts) {
        int at = start;
        for (int position = 0; position < POSITIONS.length; position++) {
            for (int i = 0; i < counts[position]; i++) {
                respondents.get(at % respondents.size()).positions().put(question, POSITIONS[position]);
                at++;
            }
        }
    }

    /** Emails and letters in turn; of the letters, every other one typed in by staff with its question labels short. */
    private static String offlineChannel(int i) {
        return i % 3 == 2 ? "letter" : "email";
    }

    // --- sending it through intake -------------------------------------------------------------------------------

    private static void send(Respondent respondent) throws IOException, InterruptedException {
        HttpResponse<String> response = switch (respondent.channel()) {
            // each respondent's own key: without one, identical answers would be one response (ResponseIdentity)
            case "online" -> RunningSystem.send(request("/responses", null, "application/json", online(respondent))
                    .header("Idempotency-Key", CONSULTATION + "-" + respondent.number()));
            case "email" -> post("/emails", StaffRole.TRANSCRIBER, "message/rfc822", email(respondent));
            default -> post("/letters", StaffRole.TRANSCRIBER, "application/json", letter(respondent));
        };
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    }

    private static String online(Respondent respondent) {
        Map<String, Object> answers = new LinkedHashMap<>();
        respondent.positions().forEach((question, position) -> answers.put(question, answer(position,
                respondent.comments().get(question))));
        respondent.comments().forEach((question, comment) -> answers.putIfAbsent(question, Map.of("comment", comment)));
        Map<String, Object> about = new HashMap<>();
        about.put("type", respondent.organisation() ? "organisation" : "individual");
        if (respondent.organisation()) {
            about.put("organisationName", "Organisation " + respondent.number());
        }
        return EventJson.MAPPER.writeValueAsString(Map.of("respondent", about, "answers", answers));
    }

    private static Map<String, String> answer(String position, String comment) {
        return comment == null ? Map.of("position", position) : Map.of("position", position, "comment", comment);
    }

    /**
     * The written template, in one of the layouts people use: every fifth in the compact numbered layout, one line per
     * answer, where an open question's line has only the comment.
     */
    static String template(Respondent respondent) {
        StringBuilder text = new StringBuilder(respondent.organisation()
                ? "I am responding on behalf of an organisation.\nOrganisation name: Organisation "
                        + respondent.number() + "\n\n"
                : "I am responding as an individual.\n\n");
        Map<String, String> written = new LinkedHashMap<>();
        respondent.positions().keySet().forEach(question -> written.put(question, ""));
        respondent.comments().keySet().forEach(question -> written.putIfAbsent(question, ""));
        if (respondent.number() % 5 == 1) {
            written.keySet().forEach(question -> text.append(compact(question, respondent)).append("\n"));
            return text.toString();
        }
        int layout = respondent.number() % 3;
        for (String question : written.keySet()) {
            String number = question.substring(1).replace("a", "(a)").replace("b", "(b)");
            String position = respondent.positions().get(question);
            String answer = position == null ? null : switch (position) {
                case "agree" -> layout == 0 ? "Yes" : "Agree.";
                case "disagree" -> layout == 0 ? "No" : "disagree";
                default -> layout == 2 ? "Don't know" : "Not sure";
            };
            String heading = switch (layout) {
                case 0 -> "Question " + number;
                case 1 -> "Q" + number.replace("(", "").replace(")", "") + ":";
                default -> number + ".";
            };
            text.append(heading);
            text.append(answer == null ? "\n" : layout == 0 ? "\n" + answer + "\n" : " " + answer + "\n");
            String comment = respondent.comments().get(question);
            if (comment != null) {
                text.append(comment).append("\n");
            }
            text.append("\n");
        }
        return text.toString();
    }

    /** "1. Yes – reasons", "2. No", "3. what works here": the number, the answer and the comment on one line. */
    private static String compact(String question, Respondent respondent) {
        String position = respondent.positions().get(question);
        String comment = respondent.comments().get(question);
        List<String> parts = new ArrayList<>();
        if (position != null) {
            parts.add(switch (position) {
                case "agree" -> "Yes";
                case "disagree" -> "No";
                default -> "Not sure";
            });
        }
        if (comment != null) {
            parts.add(comment);
        }
        return question.substring(1).replace("a", "(a)").replace("b", "(b)") + ". " + String.join(" – ", parts);
    }

    /**
     * An email: the template in the body, or, for every fourth, in an attached file under a covering note — a Word
     * document or a text file.
     */
    private static String email(Respondent respondent) {
        String headers = """
                From: Respondent %d <respondent%d@example.org>\r
                To: integratedcommunities@communities.gov.uk\r
                Subject: Integrated Communities Strategy consultation response\r
                Date: Tue, 5 Jun 2018 16:20:00 +0100\r
                Message-ID: <%s-%d@example.org>\r
                MIME-Version: 1.0\r
                """.formatted(respondent.number(), respondent.number(), CONSULTATION, respondent.number());
        if (respondent.number() % 4 != 0) {
            return headers + "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + template(respondent);
        }
        return headers + """
                Content-Type: multipart/mixed; boundary="template"\r
                \r
                --template\r
                Content-Type: text/plain; charset=UTF-8\r
                \r
                Please find our response attached.\r
                --template\r
                %s\r
                --template--\r
                """.formatted(respondent.number() % 8 == 0
                        ? "Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document;"
                                + " name=\"response.docx\"\r\nContent-Disposition: attachment; filename=\"response.docx\""
                                + "\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                                + Base64.getMimeEncoder().encodeToString(WordDocuments.of(template(respondent)))
                        : "Content-Type: text/plain; charset=UTF-8; name=\"response.txt\"\r\n"
                                + "Content-Disposition: attachment; filename=\"response.txt\"\r\n\r\n"
                                + template(respondent));
    }

    private static String letter(Respondent respondent) {
        return EventJson.MAPPER.writeValueAsString(Map.of(
                "text", template(respondent),
                "receivedOn", "2018-06-01",
                "scanReference", "SCAN-" + CONSULTATION + "-" + respondent.number(),
                "transcribedBy", "clerk-7"));
    }

    /** @param as the public online, a transcriber for what came by email or post */
    private static HttpResponse<String> post(String path, @Nullable StaffRole as, String contentType, String body)
            throws IOException, InterruptedException {
        return RunningSystem.send(request(path, as, contentType, body));
    }

    private static HttpRequest.Builder request(String path, @Nullable StaffRole as, String contentType, String body) {
        return RunningSystem.request(system.intake().baseUrl() + "/api/v1/consultations/" + CONSULTATION + path, as)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static JsonNode figures(String path) throws IOException, InterruptedException {
        return system.figures(CONSULTATION, path, Duration.ofSeconds(30));
    }
}
