package uk.consultation.access;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A service's endpoints and who may use them. Each service has one, as a component; {@link StaffAccess} adds the
 * rules every service shares around it: health probes and the sign-in page are open, the other actuator endpoints are
 * for operators, and anything not listed is denied.
 */
@FunctionalInterface
public interface EndpointRoles {

    void grant(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry endpoints);
}
