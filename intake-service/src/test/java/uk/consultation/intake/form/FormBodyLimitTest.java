package uk.consultation.intake.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.unit.DataSize;

import uk.consultation.testsupport.TestInfrastructure;

/**
 * The form as a browser sends it to the running server, with its session cookie and the page's CSRF token: within the
 * size limit it is received, over it the server refuses it (413) before anything reads it. The limit is the server's,
 * so only a real server shows it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FormBodyLimitTest {

    @LocalServerPort
    int port;

    @Value("${server.tomcat.max-http-form-post-size}")
    DataSize limit;

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", TestInfrastructure::kafkaBootstrapServers);
    }

    @Test
    void aFormOverTheLimitIsRefusedAndOneWithinItReceived() throws Exception {
        Document form = Jsoup.parse(browser.send(HttpRequest.newBuilder(url()).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        String fields = "_csrf=" + URLEncoder.encode(form.selectFirst("input[name=_csrf]").val(), StandardCharsets.UTF_8)
                + "&token=" + form.selectFirst("input[name=token]").val()
                + "&respondentType=individual&answers%5Bq1%5D.position=agree";

        assertThat(post(fields + "&answers%5Bq1%5D.comment=" + "a".repeat((int) limit.toBytes())).statusCode())
                .isEqualTo(413);
        assertThat(post(fields).statusCode()).isEqualTo(302);
    }

    private HttpResponse<String> post(String body) throws Exception {
        return browser.send(HttpRequest.newBuilder(url())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI url() {
        return URI.create("http://127.0.0.1:" + port + "/consultations/integrated-communities-2018/respond");
    }
}
