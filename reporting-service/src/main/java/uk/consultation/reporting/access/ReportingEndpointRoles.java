package uk.consultation.reporting.access;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import uk.consultation.access.EndpointRoles;
import uk.consultation.access.StaffRole;

/**
 * Report authors read a consultation's figures, exports, summaries and their dashboard; operators watch the operations
 * dashboard and rebuild the figures. Nothing here is public.
 */
@Component
class ReportingEndpointRoles implements EndpointRoles {

    private static final String AUTHOR = StaffRole.REPORT_AUTHOR.role();
    private static final String OPERATOR = StaffRole.OPERATOR.role();

    @Override
    public void grant(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry endpoints) {
        endpoints
                .requestMatchers(HttpMethod.GET,
                        "/api/v1/consultations/*/figures",
                        "/api/v1/consultations/*/figures/stream",
                        "/api/v1/consultations/*/figures.csv",
                        "/api/v1/consultations/*/figures.xlsx",
                        "/api/v1/consultations/*/questions/*/figures",
                        "/api/v1/consultations/*/questions/*/themes/*/quotes",
                        "/api/v1/consultations/*/summary.md",
                        "/api/v1/consultations/*/summary.docx",
                        // the page, and the file it is forwarded to
                        "/dashboards/consultations/*",
                        "/dashboards/consultation.html").hasRole(AUTHOR)
                .requestMatchers(HttpMethod.GET,
                        "/api/v1/operations",
                        "/api/v1/figures/stream",
                        "/api/v1/figures/rebuild",
                        "/dashboards/operations",
                        "/dashboards/operations.html").hasRole(OPERATOR)
                .requestMatchers(HttpMethod.POST, "/api/v1/figures/rebuild").hasRole(OPERATOR)
                // the pages' scripts, styles and Chart.js hold no figures
                .requestMatchers(HttpMethod.GET,
                        "/dashboards/dashboards.css",
                        "/dashboards/dashboards.js",
                        "/dashboards/consultation.js",
                        "/dashboards/operations.js",
                        "/webjars/chart.js/**").authenticated();
    }
}
