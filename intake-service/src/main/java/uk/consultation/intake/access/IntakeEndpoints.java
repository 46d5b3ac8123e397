package uk.consultation.intake.access;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import uk.consultation.access.EndpointRoles;
import uk.consultation.access.StaffRole;

/**
 * The public reads the published consultations and responds, by the form or the API; transcribers bring in letters,
 * emails and survey platforms' exports, by the API or the import page (administrators may import exports too);
 * administrators register consultations, and analysts (coding-service among them) register new codeframe
 * versions of existing ones, which {@code ConsultationController} tells apart; administrators also erase a
 * respondent's personal data on request.
 */
@Component
class IntakeEndpoints implements EndpointRoles {

    private static final String CONSULTATION = "/api/v1/consultations/*";

    @Override
    public void grant(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry endpoints) {
        endpoints
                .requestMatchers(HttpMethod.GET, "/api/v1/consultations", CONSULTATION).permitAll()
                .requestMatchers(HttpMethod.POST, CONSULTATION + "/responses").permitAll()
                .requestMatchers("/consultations/*/respond", "/consultations/*/respond/confirmation").permitAll()
                // what the form's pages load: GOV.UK Frontend's styles, fonts, images and scripts, and the form's own
                .requestMatchers(HttpMethod.GET, "/govuk-frontend/**", "/assets/**", "/scripts/**").permitAll()
                .requestMatchers(HttpMethod.POST, CONSULTATION + "/letters", CONSULTATION + "/letters/scans",
                        CONSULTATION + "/emails").hasRole(StaffRole.TRANSCRIBER.role())
                .requestMatchers(HttpMethod.POST, CONSULTATION + "/imports", CONSULTATION + "/imports/preview")
                .hasAnyRole(StaffRole.TRANSCRIBER.role(), StaffRole.ADMIN.role())
                .requestMatchers(HttpMethod.GET, CONSULTATION + "/imports", CONSULTATION + "/imports/*")
                .hasAnyRole(StaffRole.TRANSCRIBER.role(), StaffRole.ADMIN.role())
                // the import page (its preview, an import's progress): a browser's, signed in with the form
                .requestMatchers("/consultations/*/imports", "/consultations/*/imports/*")
                .hasAnyRole(StaffRole.TRANSCRIBER.role(), StaffRole.ADMIN.role())
                .requestMatchers(HttpMethod.POST, "/api/v1/consultations")
                .hasAnyRole(StaffRole.ADMIN.role(), StaffRole.ANALYST.role())
                .requestMatchers(HttpMethod.POST, CONSULTATION + "/references/*/erasure", "/api/v1/responses/*/erasure")
                .hasRole(StaffRole.ADMIN.role());
    }
}
