package uk.consultation.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import uk.consultation.access.StaffRole;
import uk.consultation.testsupport.fuzz.Bounded;

/**
 * Intake's JSON endpoints under fuzzing: a controller driven through MockMvc with the application's own problem
 * handling (standalone, so that no security or other filter decides the answer), and what every answer must be.
 */
public final class FuzzedRequests {

    /** JSON's own vocabulary, for mutating bodies. */
    public static final List<String> JSON = List.of("{", "}", "[", "]", "\"", ":", ",", "null", "true", "false", "0",
            "-1", "1e999999", "-0.0", "123456789012345678901234567890", "\"\"", "\\", "\\u0000", "\\ud800", "\\\"",
            "\\n", " ", "\n", "\t", "\u0000", "\uFEFF", "\uD83D\uDE00", "/*", "*/", "//", "'", "NaN", "{}", "[]",
            "\"a\":", "[[[[[[[[", "{\"a\":{\"a\":{\"a\":");

    /** Smaller than the service's 8 MB, so that fuzzed bodies reach it too. */
    private static final DataSize MAX_JSON_BODY = DataSize.ofKilobytes(256);

    private FuzzedRequests() {
    }

    /** Standalone has no security filter: the role an administrator's request would carry after signing in. */
    public static RequestPostProcessor asAdministrator() {
        return request -> {
            request.addUserRole(StaffRole.ADMIN.role());
            request.setRemoteUser("admin");
            return request;
        };
    }

    public static MockMvc mvc(Object controller) {
        return mvc(controller, MAX_JSON_BODY);
    }

    /** With another body limit: intake's own, for inputs as large as a client may send. */
    public static MockMvc mvc(Object controller, DataSize maxJsonBody) {
        return MockMvcBuilders.standaloneSetup(controller)
                .setControllerAdvice(new MvcProblems(), new JsonBodyLimit(maxJsonBody), new ProblemResponses())
                .build();
    }

    /**
     * The request is answered, within the bound, with one of the statuses expected, and with RFC 9457 problem details
     * whenever it is refused: never a 500, never an exception out of the controller.
     */
    public static void assertAnswered(MockMvc mvc, RequestBuilder request, Set<Integer> statuses) {
        MvcResult result = Bounded.call(() -> mvc.perform(request).andReturn());
        int status = result.getResponse().getStatus();
        assertThat(status).isIn(statuses);
        if (status >= 400) {
            assertThat(MediaType.parseMediaType(result.getResponse().getContentType()))
                    .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        }
    }

    /**
     * What {@code spring.mvc.problemdetails.enabled} gives the application: Spring MVC's own errors as problems, ordered
     * as Spring Boot orders it, before {@link ProblemResponses}' answer to anything unexpected.
     */
    @ControllerAdvice
    @Order(0)
    static class MvcProblems extends ResponseEntityExceptionHandler {
    }
}
