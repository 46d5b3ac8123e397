package uk.consultation.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The protections every service gets, on a small service with one public and one analysts' endpoint. */
@SpringBootTest(classes = StaffAccessTest.Service.class, properties = {
        "spring.application.name=test-service",
        "consultation.access.users.analyst.password=analyst-secret",
        "consultation.access.users.caller.password=caller-secret",
        "consultation.access.users.caller.roles=ANALYST,OPERATOR"})
@AutoConfigureMockMvc
class StaffAccessTest {

    @Autowired
    MockMvcTester mvc;

    @Test
    void theServiceListsWhatIsPublic() {
        assertThat(mvc.post().uri("/public").contentType(MediaType.APPLICATION_JSON).content("{}")).hasStatusOk();
        assertThat(mvc.get().uri("/actuator/health")).hasStatus(404); // open, though this small service has no actuator
    }

    @Test
    void aScriptWithoutCredentialsGetsAProblemSayingToSignIn() {
        assertThat(mvc.get().uri("/analysis").accept(MediaType.APPLICATION_JSON))
                .hasStatus(401)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .hasHeader("WWW-Authenticate", "Basic realm=\"Consultation responses\"")
                .bodyJson().extractingPath("$.detail").asString().contains("Sign in");
    }

    @Test
    void aBrowserIsSentToTheSignInFormNotABasicChallenge() {
        assertThat(mvc.get().uri("/analysis").accept(MediaType.TEXT_HTML))
                .hasStatus3xxRedirection()
                .doesNotContainHeader("WWW-Authenticate")
                .hasRedirectedUrl("/login");
    }

    @Test
    void aPagesOwnRequestIsRefusedWithoutABasicChallengeTheBrowserWouldAnswerItself() {
        assertThat(mvc.get().uri("/analysis").accept(MediaType.APPLICATION_JSON).header("Sec-Fetch-Mode", "cors"))
                .hasStatus(401)
                .doesNotContainHeader("WWW-Authenticate")
                .hasContentType("application/problem+json;charset=UTF-8");
    }

    @Test
    void aConfiguredPasswordSignsInAndTheRoleDecides() {
        assertThat(mvc.get().uri("/analysis").with(httpBasic("analyst", "analyst-secret"))).hasStatusOk();
        assertThat(mvc.get().uri("/analysis").with(httpBasic("analyst", "wrong"))).hasStatus(401);
        assertThat(mvc.get().uri("/actuator/metrics").with(httpBasic("analyst", "analyst-secret")))
                .hasStatus(403)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(mvc.get().uri("/not-listed").with(httpBasic("caller", "caller-secret"))).hasStatus(403);
    }

    @Test
    void aRoleUserWithoutAConfiguredPasswordCannotSignInWithAGuess() {
        assertThat(mvc.get().uri("/analysis").with(httpBasic("operator", ""))).hasStatus(401);
        assertThat(mvc.get().uri("/analysis").with(httpBasic("operator", "operator"))).hasStatus(401);
    }

    @Test
    void aFormPostNeedsTheCsrfTokenOfItsOwnPage() {
        assertThat(mvc.post().uri("/public").contentType(MediaType.APPLICATION_FORM_URLENCODED).content("a=b"))
                .hasStatus(403)
                .bodyJson().extractingPath("$.detail").asString().contains("The form has expired");
        assertThat(mvc.post().uri("/public").contentType(MediaType.APPLICATION_FORM_URLENCODED).content("a=b")
                .with(csrf())).hasStatusOk();
        assertThat(mvc.post().uri("/public").contentType(MediaType.TEXT_PLAIN).content("a=b")).hasStatus(403);
    }

    @Test
    void anotherSitesPageGetsNoCrossOriginAccess() {
        assertThat(mvc.options().uri("/public")
                .header("Origin", "https://elsewhere.example")
                .header("Access-Control-Request-Method", "POST"))
                .doesNotContainHeader("Access-Control-Allow-Origin");
        assertThat(mvc.post().uri("/public").header("Origin", "https://elsewhere.example")
                .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .doesNotContainHeader("Access-Control-Allow-Origin");
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        assertThat(mvc.post().uri("/public").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .hasHeader("X-Content-Type-Options", "nosniff")
                .hasHeader("X-Frame-Options", "DENY")
                .hasHeader("Referrer-Policy", "same-origin")
                .headers().satisfies(headers -> assertThat(headers.getFirst("Content-Security-Policy"))
                        .contains("default-src 'self'", "frame-ancestors 'none'"));
    }

    @Configuration
    @EnableAutoConfiguration
    static class Service {

        @Bean
        EndpointRoles endpoints() {
            return endpoints -> endpoints
                    .requestMatchers(HttpMethod.POST, "/public").permitAll()
                    .requestMatchers("/analysis").hasRole(StaffRole.ANALYST.role());
        }

        @Bean
        Endpoints controller() {
            return new Endpoints();
        }
    }

    @RestController
    static class Endpoints {

        @PostMapping("/public")
        String submit() {
            return "received";
        }

        @GetMapping("/analysis")
        String analysis() {
            return "figures";
        }

        @GetMapping("/not-listed")
        String notListed() {
            return "secret";
        }
    }
}
