package uk.consultation.coding.access;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.willThrow;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static uk.consultation.access.StaffRole.ANALYST;
import static uk.consultation.access.StaffRole.OPERATOR;

import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import uk.consultation.access.StaffRole;
import uk.consultation.coding.Staff;
import uk.consultation.coding.receive.ReceivedResponseListener;

/**
 * Every endpoint of the service, as Spring MVC has them mapped, against anonymous callers and each role: a new
 * endpoint without a line in {@link #ROLES} fails here. Allowed: neither 401 nor 403 (the mocked collaborators make
 * any other answer); denied: 401 without sign-in, 403 with the wrong role.
 */
@WebMvcTest
class RoleMatrixTest {

    /** Who may use each endpoint, by method and path as mapped. */
    private static final Map<String, Set<StaffRole>> ROLES = Map.ofEntries(
            entry("GET /consultations/{consultationId}/review", Set.of(ANALYST)),
            entry("POST /consultations/{consultationId}/review/{responseId}", Set.of(ANALYST)),
            entry("GET /api/v1/consultations/{consultationId}/review-queue", Set.of(ANALYST)),
            entry("GET /api/v1/responses/{responseId}/coding", Set.of(ANALYST)),
            entry("POST /api/v1/responses/{responseId}/reviews", Set.of(ANALYST)),
            entry("GET /api/v1/consultations/{consultationId}/agreement", Set.of(ANALYST)),
            entry("GET /api/v1/consultations/{consultationId}/emerging-themes", Set.of(ANALYST)),
            entry("POST /api/v1/consultations/{consultationId}/emerging-themes/refresh", Set.of(ANALYST)),
            entry("POST /api/v1/consultations/{consultationId}/emerging-themes/{candidateId}/accept", Set.of(ANALYST)),
            entry("GET /api/v1/review-view/responses/{responseId}", Set.of(ANALYST)),
            entry("GET /api/v1/review-view/consultations/{consultationId}/queue", Set.of(ANALYST)),
            entry("GET /api/v1/review-view/consultations/{consultationId}/reviewed", Set.of(ANALYST)),
            entry("POST /api/v1/recoding", Set.of(ANALYST, OPERATOR)),
            entry("POST /api/v1/recoding/this-instance", Set.of(ANALYST, OPERATOR)),
            entry("GET /api/v1/dead-letters/responses-received", Set.of(OPERATOR)),
            entry("POST /api/v1/dead-letters/responses-received/redrive", Set.of(OPERATOR)));

    /** Open to anyone: Spring Boot's error page, whatever the method. */
    private static final Set<String> OPEN = Set.of("ANY /error");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    RequestMappingHandlerMapping mappings;

    @Autowired
    ReceivedResponseListener listener;

    /**
     * The controllers' collaborators as mocks. They are package-private in their features, so they are found from the
     * controllers' constructors rather than named here.
     */
    @TestConfiguration(proxyBeanMethods = false)
    static class Collaborators {

        @Bean
        static BeanFactoryPostProcessor mockedCollaborators() {
            return beanFactory -> {
                for (String name : beanFactory.getBeanDefinitionNames()) {
                    Class<?> type = beanFactory.getType(name, false);
                    if (type == null || !type.getPackageName().startsWith("uk.consultation.coding")
                            || !AnnotatedElementUtils.hasAnnotation(type, Controller.class)) {
                        continue;
                    }
                    for (Constructor<?> constructor : type.getDeclaredConstructors()) {
                        for (Class<?> collaborator : constructor.getParameterTypes()) {
                            if (beanFactory.getBeanNamesForType(collaborator, true, false).length == 0) {
                                beanFactory.registerSingleton(collaborator.getName(), Mockito.mock(collaborator));
                            }
                        }
                    }
                }
            };
        }
    }

    @AfterEach
    void forgetStubs() {
        Mockito.reset(listener);
    }

    @Test
    void everyEndpointIsListed() {
        Set<String> open = new TreeSet<>(endpoints());
        open.removeAll(ROLES.keySet());
        assertThat(open).as("endpoints open to anyone").isEqualTo(OPEN);
        assertThat(endpoints()).as("endpoints with roles").containsAll(ROLES.keySet());
    }

    @Test
    void eachRoleGetsItsEndpointsAndNoOthers() {
        List<String> wrong = new ArrayList<>();
        for (String endpoint : endpoints()) {
            boolean open = OPEN.contains(endpoint);
            String anonymous = status(request(endpoint));
            if (!anonymous.equals(open ? "allowed" : "401")) {
                wrong.add(endpoint + " anonymous: " + anonymous);
            }
            for (StaffRole role : StaffRole.values()) {
                boolean allowed = open || ROLES.get(endpoint).contains(role);
                String answer = status(request(endpoint).with(Staff.signedIn(role)));
                if (!answer.equals(allowed ? "allowed" : "403")) {
                    wrong.add(endpoint + " " + role + ": " + answer);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void whatIsNotAnEndpointIsDeniedToEveryRole() {
        for (StaffRole role : StaffRole.values()) {
            assertThat(mvc.get().uri("/api/v1/no-such-thing").with(Staff.signedIn(role)))
                    .hasStatus(403);
        }
    }

    @Test
    void anInternalFailureIsAProblemThatSaysNothingOfIt() {
        willThrow(new IllegalStateException("secret internals")).given(listener).recodeEverything();

        MvcTestResult failed = mvc.post().uri("/api/v1/recoding").with(Staff.signedIn(OPERATOR)).exchange();

        assertThat(failed).hasStatus(500).hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().extractingPath("$.detail").asString().contains("Something went wrong");
        assertThat(failed).bodyText().doesNotContain("secret internals", "IllegalStateException", "at uk.");
    }

    /** Each endpoint as {@code METHOD /path}; {@code ANY} where it takes every method. */
    private Set<String> endpoints() {
        Set<String> endpoints = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(mapping -> mapping.getPatternValues().forEach(path -> {
            Set<?> methods = mapping.getMethodsCondition().getMethods();
            if (methods.isEmpty()) {
                endpoints.add("ANY " + path);
            }
            methods.forEach(method -> endpoints.add(method + " " + path));
        }));
        return endpoints;
    }

    /** A request to the endpoint as a script would send it, with a CSRF token so that only the role decides. */
    private static MockHttpServletRequestBuilder request(String endpoint) {
        String[] methodAndPath = endpoint.split(" ");
        HttpMethod method = methodAndPath[0].equals("ANY") ? HttpMethod.GET : HttpMethod.valueOf(methodAndPath[0]);
        String path = methodAndPath[1].replaceAll("\\{[^}]+}", "example");
        return MockMvcRequestBuilders.request(method, path).accept(MediaType.APPLICATION_JSON)
                .contentType(MediaType.APPLICATION_JSON).content("{}").with(csrf());
    }

    /**
     * "allowed" when the request got past security: any status but 401 and 403, or a failure inside the application
     * (the mocks give the pages nothing to show).
     */
    private String status(MockHttpServletRequestBuilder request) {
        MvcTestResult result = mvc.perform(request);
        if (result.getUnresolvedException() != null) {
            return "allowed";
        }
        int status = result.getResponse().getStatus();
        return status == 401 || status == 403 ? String.valueOf(status) : "allowed";
    }
}
