package uk.consultation.reporting.access;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import uk.consultation.access.StaffRole;

/**
 * The role matrix: every endpoint of the service, taken from Spring MVC itself (so a new endpoint without a row here
 * fails), and every file the dashboards load, tried without signing in and with each staff role. Allowed means neither
 * 401 nor 403 (the mocked collaborators may make it anything else); denied means 401 without signing in and 403 with a
 * role.
 */
@WebMvcTest
@Import(EndpointRolesTest.MockedCollaborators.class)
class EndpointRolesTest {

    private static final Set<StaffRole> AUTHOR = EnumSet.of(StaffRole.REPORT_AUTHOR);
    private static final Set<StaffRole> OPERATOR = EnumSet.of(StaffRole.OPERATOR);
    private static final Set<StaffRole> ANY_STAFF = EnumSet.allOf(StaffRole.class);
    private static final Set<StaffRole> NOBODY = EnumSet.noneOf(StaffRole.class);

    /** Who may use each endpoint: method and path as mapped. */
    private static final Map<String, Set<StaffRole>> ENDPOINTS = Map.ofEntries(
            entry("GET /api/v1/consultations/{consultationId}/figures", AUTHOR),
            entry("GET /api/v1/consultations/{consultationId}/questions/{questionId}/figures", AUTHOR),
            entry("GET /api/v1/consultations/{consultationId}/questions/{questionId}/themes/{themeCode}/quotes",
                    AUTHOR),
            entry("GET /api/v1/consultations/{consultationId}/figures.csv", AUTHOR),
            entry("GET /api/v1/consultations/{consultationId}/figures.xlsx", AUTHOR),
            entry("GET /api/v1/consultations/{consultationId}/summary.md", AUTHOR),
            entry("GET /api/v1/consultations/{consultationId}/summary.docx", AUTHOR),
            entry("GET /api/v1/consultations/{consultationId}/figures/stream", AUTHOR),
            entry("GET /dashboards/consultations/{consultationId}", AUTHOR),
            entry("GET /dashboards/operations", OPERATOR),
            entry("GET /api/v1/operations", OPERATOR),
            entry("GET /api/v1/figures/stream", OPERATOR),
            entry("GET /api/v1/figures/rebuild", OPERATOR),
            entry("POST /api/v1/figures/rebuild", OPERATOR));

    /** Spring's error page, which any refusal or failure is rendered by, is open to anyone. */
    private static final Set<String> OPEN = Set.of("ANY /error");

    /** The dashboards' files: each page as its own role, what they load for any staff, and nothing else. */
    private static final Map<String, Set<StaffRole>> FILES = Map.ofEntries(
            entry("/dashboards/consultation.html", AUTHOR),
            entry("/dashboards/operations.html", OPERATOR),
            entry("/dashboards/consultation.js", ANY_STAFF),
            entry("/dashboards/operations.js", ANY_STAFF),
            entry("/dashboards/dashboards.js", ANY_STAFF),
            entry("/dashboards/dashboards.css", ANY_STAFF),
            entry("/webjars/chart.js/dist/chart.umd.min.js", ANY_STAFF),
            entry("/dashboards/other.js", NOBODY),
            entry("/webjars/other/other.js", NOBODY),
            entry("/index.html", NOBODY));

    @Autowired
    MockMvcTester mvc;

    @Autowired
    RequestMappingHandlerMapping handlerMapping;

    @Test
    void everyEndpointIsListed() {
        Set<String> mapped = new TreeSet<>();
        handlerMapping.getHandlerMethods().keySet().forEach(info -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String path : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    mapped.add("ANY " + path);
                }
                methods.forEach(method -> mapped.add(method + " " + path));
            }
        });
        Set<String> listed = new TreeSet<>(ENDPOINTS.keySet());
        listed.addAll(OPEN);
        assertThat(mapped).isEqualTo(listed);
    }

    @Test
    void eachEndpointAllowsExactlyItsRoles() {
        List<String> wrong = new ArrayList<>();
        ENDPOINTS.forEach((endpoint, roles) -> check(endpoint, roles, false, wrong));
        OPEN.forEach(endpoint -> check(endpoint, ANY_STAFF, true, wrong));
        assertThat(wrong).isEmpty();
    }

    @Test
    void theDashboardsFilesAreForStaffAndNothingElseIsServed() {
        List<String> wrong = new ArrayList<>();
        FILES.forEach((path, roles) -> check("GET " + path, roles, false, wrong));
        assertThat(wrong).isEmpty();
    }

    /** Adds to wrong the endpoint, with what each sign-in expected and got, if any got another answer. */
    private void check(String endpoint, Set<StaffRole> roles, boolean open, List<String> wrong) {
        String[] methodAndPath = endpoint.split(" ");
        HttpMethod method = methodAndPath[0].equals("ANY") ? HttpMethod.GET : HttpMethod.valueOf(methodAndPath[0]);
        String path = methodAndPath[1].replaceAll("\\{[^}]+}", "example");
        Map<String, String> expected = new TreeMap<>();
        Map<String, String> actual = new TreeMap<>();
        expected.put("anonymous", open ? "allowed" : "refused 401");
        actual.put("anonymous", answer(status(mvc.method(method).uri(path))));
        for (StaffRole role : StaffRole.values()) {
            expected.put(role.name(), roles.contains(role) ? "allowed" : "refused 403");
            actual.put(role.name(), answer(status(mvc.method(method).uri(path)
                    .with(user(role.localUser()).roles(role.role())))));
        }
        if (!expected.equals(actual)) {
            wrong.add(endpoint + ": expected " + expected + ", was " + actual);
        }
    }

    private static String answer(int status) {
        return status == 401 || status == 403 ? "refused " + status : "allowed";
    }

    /** CSRF tokens on every request: this test is about roles (a form without one is refused, see staff-access). */
    private static int status(MockMvcRequestBuilder request) {
        return request.with(csrf()).exchange().getResponse().getStatus();
    }

    /**
     * A Mockito mock for each collaborator a controller is constructed with: the slice has no broker or store, and who
     * may call an endpoint does not depend on what its collaborators answer.
     */
    static class MockedCollaborators implements BeanFactoryPostProcessor {

        @Override
        public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
            for (String controller : beanFactory.getBeanNamesForAnnotation(Controller.class)) {
                Class<?> type = beanFactory.getType(controller, false);
                if (type == null) {
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
        }
    }
}
