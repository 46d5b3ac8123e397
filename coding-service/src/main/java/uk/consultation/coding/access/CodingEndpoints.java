package uk.consultation.coding.access;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import uk.consultation.access.EndpointRoles;
import uk.consultation.access.StaffRole;

/**
 * Coding is for staff only: analysts review codings and look after the codeframes, operators re-drive dead letters.
 * Recoding follows a codeframe change, which analysts make, or a coder fix, which operators deploy: both may start it.
 */
@Component
class CodingEndpoints implements EndpointRoles {

    private static final String ANALYST = StaffRole.ANALYST.role();
    private static final String OPERATOR = StaffRole.OPERATOR.role();

    @Override
    public void grant(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry endpoints) {
        endpoints
                .requestMatchers(GET, "/consultations/*/review").hasRole(ANALYST)
                .requestMatchers(POST, "/consultations/*/review/*").hasRole(ANALYST)
                .requestMatchers(GET, "/api/v1/consultations/*/review-queue", "/api/v1/consultations/*/agreement",
                        "/api/v1/responses/*/coding").hasRole(ANALYST)
                // one instance asking another for its part of the review view, with the analyst's own credentials
                .requestMatchers(GET, "/api/v1/review-view/**").hasRole(ANALYST)
                .requestMatchers(POST, "/api/v1/responses/*/reviews").hasRole(ANALYST)
                .requestMatchers(GET, "/api/v1/consultations/*/emerging-themes").hasRole(ANALYST)
                .requestMatchers(POST, "/api/v1/consultations/*/emerging-themes/refresh",
                        "/api/v1/consultations/*/emerging-themes/*/accept").hasRole(ANALYST)
                .requestMatchers(POST, "/api/v1/recoding", "/api/v1/recoding/this-instance")
                .hasAnyRole(ANALYST, OPERATOR)
                .requestMatchers(GET, "/api/v1/dead-letters/responses-received").hasRole(OPERATOR)
                .requestMatchers(POST, "/api/v1/dead-letters/responses-received/redrive").hasRole(OPERATOR);
    }
}
