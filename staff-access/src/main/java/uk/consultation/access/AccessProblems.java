package uk.consultation.access;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * Refusals as RFC 9457 problems, like every other error of these services, saying what to do and nothing about the
 * request's internals.
 */
final class AccessProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final String challenge;

    /** @param challenge the {@code WWW-Authenticate} value: how to sign in */
    AccessProblems(String challenge) {
        this.challenge = challenge;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        // Never to a browser (it sends Sec-Fetch-Mode with every request, a page's fetch and EventSource included): it
        // would ask for Basic credentials itself, then send them with every request, other sites' forms included,
        // past the CSRF check that requests with an Authorization header skip.
        if (request.getHeader("Sec-Fetch-Mode") == null) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge);
        }
        write(response, HttpStatus.UNAUTHORIZED, "Sign in as a member of the consultation team to use this.");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(response, HttpStatus.FORBIDDEN, e instanceof CsrfException
                ? "The form has expired or did not come from this service. Go back, reload the page and send it again."
                : "Your role does not allow this.");
    }

    private static void write(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        response.setStatus(status.value());
        response.setCharacterEncoding(StandardCharsets.UTF_8);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write("""
                {"type":"about:blank","title":"%s","status":%d,"detail":"%s"}""".formatted(
                status.getReasonPhrase(), status.value(), detail));
    }
}
