package uk.consultation.intake.access;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import uk.consultation.access.StaffRole;
import uk.consultation.testsupport.TestInfrastructure;

/**
 * Every endpoint of the running application against anonymous callers and each staff role, signing in as the local
 * users do. The endpoints come from the application itself, so a new one without a row here fails the test. Allowed
 * means neither 401 nor 403 (the request may still be bad: these send no body); refused means 401 without sign-in and
 * 403 with it.
 */
@SpringBootTest(properties = {
        "consultation.access.users.transcriber.password=transcriber-secret",
        "consultation.access.users.analyst.password=analyst-secret",
        "consultation.access.users.author.password=author-secret",
        "consultation.access.users.operator.password=operator-secret",
        "consultation.access.users.admin.password=admin-secret",
        // every role submits too: the matrix is about who may, not how often
        "intake.rate-limit.enabled=false"})
@AutoConfigureMockMvc
class EndpointRolesTest {

    private static final List<String> ANYONE = List.of("anonymous", "TRANSCRIBER", "ANALYST", "REPORT_AUTHOR",
            "OPERATOR", "ADMIN");

    /** Who may use each endpoint of intake's controllers. */
    private static final Map<String, List<String>> ENDPOINTS = Map.ofEntries(
            entry("GET /consultations/{consultationId}/respond", ANYONE),
            entry("POST /consultations/{consultationId}/respond", ANYONE),
            entry("GET /consultations/{consultationId}/respond/confirmation", ANYONE),
            entry("GET /api/v1/consultations", ANYONE),
            entry("GET /api/v1/consultations/{consultationId}", ANYONE),
            entry("POST /api/v1/consultations/{consultationId}/responses", ANYONE),
            entry("POST /api/v1/consultations", List.of("ANALYST", "ADMIN")),
            entry("POST /api/v1/consultations/{consultationId}/letters", List.of("TRANSCRIBER")),
            entry("POST /api/v1/consultations/{consultationId}/letters/scans", List.of("TRANSCRIBER")),
            entry("POST /api/v1/consultations/{consultationId}/emails", List.of("TRANSCRIBER")),
            entry("POST /api/v1/consultations/{consultationId}/imports", List.of("TRANSCRIBER", "ADMIN")),
            entry("POST /api/v1/consultations/{consultationId}/imports/preview", List.of("TRANSCRIBER", "ADMIN")),
            entry("GET /api/v1/consultations/{consultationId}/imports", List.of("TRANSCRIBER", "ADMIN")),
            entry("GET /api/v1/consultations/{consultationId}/imports/{importId}", List.of("TRANSCRIBER", "ADMIN")),
            entry("GET /consultations/{consultationId}/imports", List.of("TRANSCRIBER", "ADMIN")),
            entry("GET /consultations/{consultationId}/imports/{importId}", List.of("TRANSCRIBER", "ADMIN")),
            entry("POST /consultations/{consultationId}/imports", List.of("TRANSCRIBER", "ADMIN")),
            entry("POST /consultations/{consultationId}/imports/preview", List.of("TRANSCRIBER", "ADMIN")),
            entry("POST /api/v1/consultations/{consultationId}/references/{reference}/erasure", List.of("ADMIN")),
            entry("POST /api/v1/responses/{responseId}/erasure", List.of("ADMIN")),
            // Spring Boot's error page, which staff-access leaves open
            entry("GET /error", ANYONE));

    /** What is served besides the controllers: the form's assets and the actuator. */
    private static final Map<String, List<String>> RESOURCES = Map.ofEntries(
            entry("GET /govuk-frontend/govuk-frontend.min.css", ANYONE),
            entry("GET /assets/rebrand/images/favicon.svg", ANYONE),
            entry("GET /scripts/govuk-init.js", ANYONE),
            entry("GET /webjars/govuk-frontend/package.json", List.of()),
            entry("GET /actuator/health/readiness", ANYONE),
            entry("GET /actuator/prometheus", List.of("OPERATOR")));

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", TestInfrastructure::kafkaBootstrapServers);
    }

    @Test
    void everyEndpointHasItsRoles() {
        Set<String> served = new TreeSet<>();
        for (RequestMappingInfo mapping : mappings.getHandlerMethods().keySet()) {
            Set<HttpMethod> methods = new TreeSet<>(Comparator.comparing(HttpMethod::name));
            mapping.getMethodsCondition().getMethods().forEach(method -> methods.add(HttpMethod.valueOf(method.name())));
            if (methods.isEmpty()) {
                methods.add(HttpMethod.GET);
            }
            for (String path : mapping.getPatternValues()) {
                methods.forEach(method -> served.add(method.name() + " " + path));
            }
        }
        assertThat(served).as("endpoints, each with a row in ENDPOINTS").isEqualTo(new TreeSet<>(ENDPOINTS.keySet()));
    }

    @Test
    void eachRoleReachesExactlyItsEndpoints() throws Exception {
        List<String> wrong = new ArrayList<>();
        Map<String, List<String>> all = new TreeMap<>(ENDPOINTS);
        all.putAll(RESOURCES);
        for (var endpoint : all.entrySet()) {
            for (String caller : ANYONE) {
                int status = call(endpoint.getKey(), caller);
                boolean allowed = endpoint.getValue().contains(caller);
                int refused = caller.equals("anonymous") ? 401 : 403;
                if (allowed ? status == 401 || status == 403 : status != refused) {
                    wrong.add(endpoint.getKey() + " as " + caller + ": " + status);
                }
            }
        }
        assertThat(wrong).as("endpoints answering a caller wrongly").isEmpty();
    }

    private int call(String endpoint, String caller) throws Exception {
        String[] methodAndPath = endpoint.split(" ");
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(methodAndPath[0]),
                methodAndPath[1].replace("{consultationId}", "integrated-communities-2018")
                        .replace("{reference}", "ABCD-EFGH").replace("{responseId}", UUID.randomUUID().toString())
                        .replace("{importId}", UUID.randomUUID().toString()))
                .with(csrf());
        if (caller.equals("anonymous")) {
            request.accept(MediaType.APPLICATION_JSON); // a script, answered 401; a browser is sent to /login
        } else {
            String user = StaffRole.valueOf(caller).localUser();
            request.with(httpBasic(user, user + "-secret"));
        }
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

}
