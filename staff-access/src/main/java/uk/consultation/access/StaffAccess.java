package uk.consultation.access;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Builds a service's security from its {@link EndpointRoles}: sign-in with local users (a form for browsers, HTTP
 * Basic for scripts) or, when an identity provider is configured, bearer tokens from it; CSRF protection for
 * everything a browser form can send; a strict content security policy; no cross-origin access (no CORS
 * configuration, so browsers keep other sites' pages out); refusals as problems.
 */
final class StaffAccess {

    private final AccessProperties properties;
    private final @Nullable JwtDecoder identityProvider;

    StaffAccess(AccessProperties properties, @Nullable JwtDecoder identityProvider) {
        this.properties = properties;
        this.identityProvider = identityProvider;
    }

    SecurityFilterChain filterChain(HttpSecurity http, EndpointRoles endpoints) throws Exception {
        http.authorizeHttpRequests(requests -> {
            requests.requestMatchers("/actuator/health", "/actuator/health/**", "/error", "/login").permitAll();
            endpoints.grant(requests);
            requests.requestMatchers("/actuator/**").hasRole(StaffRole.OPERATOR.role())
                    .anyRequest().denyAll();
        });
        // The token in a cookie rather than the session: a surge of people opening the form creates no server sessions
        http.csrf(csrf -> csrf.csrfTokenRepository(new CookieCsrfTokenRepository())
                .ignoringRequestMatchers(StaffAccess::notABrowserForm));
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(properties.contentSecurityPolicy()))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        if (identityProvider != null) {
            AccessProblems problems = new AccessProblems("Bearer");
            http.oauth2ResourceServer(server -> server
                    .jwt(jwt -> jwt.decoder(identityProvider).jwtAuthenticationConverter(rolesFromToken()))
                    .authenticationEntryPoint(problems)
                    .accessDeniedHandler(problems));
            http.exceptionHandling(handling -> handling.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        } else {
            AccessProblems problems = new AccessProblems("Basic realm=\"Consultation responses\"");
            http.httpBasic(basic -> basic.authenticationEntryPoint(problems));
            http.formLogin(Customizer.withDefaults());
            http.exceptionHandling(handling -> handling.accessDeniedHandler(problems));
        }
        return http.build();
    }

    /**
     * A cross-site page can only make a browser send a form (URL-encoded, multipart or plain text) without asking
     * first, and cannot add an Authorization header; anything else needs no CSRF token. Browsers never hold Basic
     * credentials here: pages ask for sign-in with a form, never with a Basic challenge.
     */
    private static boolean notABrowserForm(HttpServletRequest request) {
        if (request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
            return true;
        }
        String contentType = request.getContentType();
        if (contentType == null) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return !(MediaType.APPLICATION_FORM_URLENCODED.includes(type) || MediaType.MULTIPART_FORM_DATA.includes(type)
                    || MediaType.TEXT_PLAIN.includes(type));
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
    }

    private JwtAuthenticationConverter rolesFromToken() {
        JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName(properties.rolesClaim());
        roles.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(roles);
        return converter;
    }
}
