package uk.consultation.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.consultation.access.StaffRole;
import uk.consultation.localstack.EmbeddedMail;
import uk.consultation.localstack.FreePorts;
import uk.consultation.schemas.EventJson;
import uk.consultation.testsupport.ScannedPages;

/**
 * One response by each channel a consultation team receives, each through the real thing: the online form in Debian's
 * headless Chromium, an email sent over SMTP to the consultation mailbox (GreenMail) that intake polls over IMAP, an
 * exported email imported as a file, a letter typed in by staff, and a scanned letter read by Tesseract, corrected and
 * submitted. Each shows up in the published figures, by its channel and with the position it took on question 1, and
 * a respondent who gave an email address gets an acknowledgement with their reference.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EveryChannelTest {

    private static final String MAILBOX = "responses@every-channel.localhost";
    private static final Duration PAGE_WAIT = Duration.ofSeconds(30);
    private static final Duration FIGURES_WAIT = Duration.ofSeconds(90);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * A consultation of this test's own, so that its figures count only what this test sends, whatever else the
     * shared broker has carried.
     */
    private static final String CONSULTATION = "every-channel-" + UUID.randomUUID().toString().substring(0, 8);

    private static EmbeddedMail mail;
    private static RunningSystem system;
    private static WebDriver browser;
    private static String onlineReference;

    @BeforeAll
    static void startTheSystemItsMailboxAndABrowser() throws Exception {
        mail = EmbeddedMail.start(FreePorts.find(), FreePorts.find(), MAILBOX, "secret");
        system = RunningSystem.start("every-channel", Map.of(
                "MAILBOX_CONSULTATION_ID", CONSULTATION,
                "MAILBOX_HOST", mail.host(),
                "MAILBOX_PORT", Integer.toString(mail.imapPort()),
                "MAILBOX_USER", mail.address(),
                "MAILBOX_PASSWORD", mail.password(),
                "MAIL_HOST", mail.host(),
                "MAIL_PORT", Integer.toString(mail.smtpPort())));
        system.registerExampleAs(CONSULTATION);

        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void stopThem() throws InterruptedException {
        if (browser != null) {
            browser.quit();
        }
        if (system != null) {
            system.close();
        }
        if (mail != null) {
            mail.close();
        }
    }

    @Test
    @Order(1)
    void online_aRespondentCorrectsAMistakeSendsTheFormAndIsCounted() throws Exception {
        browser.get(system.intake().baseUrl() + "/consultations/" + CONSULTATION + "/respond");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Integrated Communities Strategy");

        // First attempt: no respondent type, nothing answered, a mistyped email address.
        browser.findElement(By.id("email")).sendKeys("ann.example.org");
        send();

        WebElement summary = waitFor(By.className("govuk-error-summary"));
        assertThat(summary.findElements(By.tagName("a")).stream().map(WebElement::getText).toList()).containsExactly(
                "Say whether you are responding as an individual or for an organisation",
                "Enter an email address like name@example.com",
                "Answer at least one question");
        summary.findElement(By.linkText("Enter an email address like name@example.com")).click();
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("email");
        assertThat(browser.findElement(By.id("email")).getDomProperty("value")).isEqualTo("ann.example.org");

        // Second attempt: as an individual, agreeing with question 1 and saying why.
        browser.findElement(By.cssSelector("label[for=respondentType]")).click();
        browser.findElement(By.id("email")).clear();
        browser.findElement(By.id("email")).sendKeys("ann@example.org");
        browser.findElement(By.cssSelector("label[for=q1-position]")).click();
        browser.findElement(By.id("q1-comment")).sendKeys("Shared activities bring people together.");
        send();

        onlineReference = waitFor(By.cssSelector(".govuk-panel--confirmation #reference")).getText();
        assertThat(onlineReference).matches("[0-9A-Z]{4}-[0-9A-Z]{4}");

        awaitFigures(() -> {
            JsonNode q1 = figures("/questions/q1/figures");
            assertThat(q1.get("responses").asInt()).isEqualTo(1);
            assertThat(q1.get("individuals").get("agree").asInt()).isEqualTo(1);
            assertThat(q1.get("organisations").get("responses").asInt()).isZero();
            assertThat(q1.get("byChannel").get("online").asInt()).isEqualTo(1);
        });
    }

    @Test
    @Order(2)
    void email_aResponseSentToTheConsultationMailboxIsCounted() throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(smtp()));
        message.setFrom(new InternetAddress("bob@example.org", "Bob Example"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(MAILBOX));
        message.setSubject("Integrated communities consultation");
        message.setText("""
                I am responding as an individual.

                Question 1
                No
                Integration should not be left to government.
                """, "UTF-8");
        Transport.send(message);

        awaitFigures(() -> assertThat(q1ByChannel("email")).isEqualTo(1));
        assertThat(figures("/questions/q1/figures").get("individuals").get("disagree").asInt()).isEqualTo(1);
    }

    @Test
    @Order(3)
    void email_anExportedEmailImportedAsAFileIsCounted() throws Exception {
        String eml = """
                From: Example Community Trust <office@example-trust.org>\r
                To: integratedcommunities@communities.gov.uk\r
                Subject: Consultation response\r
                Date: Tue, 5 Jun 2018 16:20:00 +0100\r
                Message-ID: <%s@example-trust.org>\r
                MIME-Version: 1.0\r
                Content-Type: text/plain; charset=UTF-8\r
                \r
                I am responding on behalf of an organisation.\r
                Organisation name: Example Community Trust\r
                \r
                Q1: Not sure\r
                The vision is right but the funding is unclear.\r
                """.formatted(UUID.randomUUID());
        HttpResponse<String> response = post("/emails", "message/rfc822", HttpRequest.BodyPublishers.ofString(eml));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);

        awaitFigures(() -> assertThat(q1ByChannel("email")).isEqualTo(2));
        assertThat(figures("/questions/q1/figures").get("organisations").get("notSure").asInt()).isEqualTo(1);
    }

    @Test
    @Order(4)
    void letter_aLetterTypedInByStaffIsCounted() throws Exception {
        HttpResponse<String> response = post("/letters", "application/json", HttpRequest.BodyPublishers.ofString("""
                {"text": "Dear Secretary of State,\\n\\nQuestion 1\\nYes\\nEnglish classes matter most.\\n",
                 "receivedOn": "%s", "scanReference": "SCAN-%s", "transcribedBy": "clerk-7",
                 "sender": {"type": "individual", "name": "Carol Writer"}}
                """.formatted(LocalDate.now(), UUID.randomUUID())));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);

        awaitFigures(() -> assertThat(q1ByChannel("letter")).isEqualTo(1));
        assertThat(figures("/questions/q1/figures").get("individuals").get("agree").asInt()).isEqualTo(2);
    }

    @Test
    @Order(5)
    void letter_aScannedLetterIsReadCorrectedAndCounted() throws Exception {
        byte[] scan = ScannedPages.png(ScannedPages.page(
                "Dear Secretary of State,",
                "I am responding as an individual.",
                "Question 1",
                "No",
                "Communities integrate themselves."));
        String boundary = "scan-" + UUID.randomUUID();
        HttpResponse<String> read = post("/letters/scans", "multipart/form-data; boundary=" + boundary,
                HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, "file", "letter.png", "image/png", scan)));
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        JsonNode draft = JSON.readTree(read.body());
        assertThat(draft.get("draftText").asString()).contains("Question 1", "Communities integrate themselves");

        // What staff do with the draft: check it against the scan, correct it, and submit it as the letter.
        String corrected = draft.get("draftText").asString().strip();
        HttpResponse<String> submitted = post("/letters", "application/json", HttpRequest.BodyPublishers.ofByteArray(
                EventJson.MAPPER.writeValueAsBytes(Map.of("text", corrected, "receivedOn", LocalDate.now().toString(),
                        "scanReference", draft.get("scanReference").asString(), "transcribedBy", "clerk-7"))));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(202);

        awaitFigures(() -> assertThat(q1ByChannel("letter")).isEqualTo(2));
        assertThat(figures("/questions/q1/figures").get("individuals").get("disagree").asInt()).isEqualTo(2);
    }

    @Test
    @Order(6)
    void everyChannelIsInTheConsultationFigures() throws Exception {
        JsonNode figures = figures("/figures");

        assertThat(figures.get("responses").asInt()).isEqualTo(5);
        assertThat(figures.get("byChannel").get("online").asInt()).isEqualTo(1);
        assertThat(figures.get("byChannel").get("email").asInt()).isEqualTo(2);
        assertThat(figures.get("byChannel").get("letter").asInt()).isEqualTo(2);
        assertThat(figures.get("byRespondentType").get("organisation").asInt()).isEqualTo(1);
        assertThat(figures.get("byRespondentType").get("individual").asInt()).isEqualTo(4);
    }

    @Test
    @Order(7)
    void theOnlineRespondentGetsAnAcknowledgementWithTheirReference() throws Exception {
        await().atMost(FIGURES_WAIT).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(inbox("ann@example.org")).anyMatch(subject -> subject.endsWith(": " + onlineReference)));
    }

    // --- the browser -----------------------------------------------------------------------------------------------

    private static void send() {
        browser.findElement(By.cssSelector("button[type=submit]")).click();
    }

    private static WebElement waitFor(By locator) {
        return HeadlessChromium.waitOn(browser, PAGE_WAIT).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    // --- mail ------------------------------------------------------------------------------------------------------

    private static Properties smtp() {
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.host", mail.host());
        properties.setProperty("mail.smtp.port", Integer.toString(mail.smtpPort()));
        return properties;
    }

    /** The subjects in an address's inbox on the mail server (GreenMail: the login and password are the address). */
    private static List<String> inbox(String address) throws MessagingException {
        Properties properties = new Properties();
        properties.setProperty("mail.imap.connectiontimeout", "10000");
        try (Store store = Session.getInstance(properties).getStore("imap")) {
            store.connect(mail.host(), mail.imapPort(), address, address);
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            List<String> subjects = new ArrayList<>();
            for (Message message : inbox.getMessages()) {
                subjects.add(message.getSubject());
            }
            inbox.close(false);
            return subjects;
        }
    }

    // --- HTTP ------------------------------------------------------------------------------------------------------

    private static HttpResponse<String> post(String path, String contentType, HttpRequest.BodyPublisher body)
            throws IOException, InterruptedException {
        return RunningSystem.send(RunningSystem.request(
                        system.intake().baseUrl() + "/api/v1/consultations/" + CONSULTATION + path, StaffRole.TRANSCRIBER)
                .header("Content-Type", contentType)
                .timeout(Duration.ofSeconds(120))
                .POST(body));
    }

    private static byte[] multipart(String boundary, String field, String filename, String type, byte[] content)
            throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + filename + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return body.toByteArray();
    }

    private static JsonNode figures(String path) throws IOException, InterruptedException {
        return system.figures(CONSULTATION, path, Duration.ofSeconds(10));
    }

    private static int q1ByChannel(String channel) throws IOException, InterruptedException {
        return figures("/questions/q1/figures").get("byChannel").get(channel).asInt();
    }

    private static void awaitFigures(org.awaitility.core.ThrowingRunnable assertion) {
        await().atMost(FIGURES_WAIT).pollInterval(Duration.ofMillis(500)).ignoreExceptions().untilAsserted(assertion);
    }
}
