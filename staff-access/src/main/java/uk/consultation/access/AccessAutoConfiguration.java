package uk.consultation.access;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every service's security, from its {@link EndpointRoles}, in place of Spring Boot's default filter chains. With an
 * identity provider configured, Spring Boot's resource-server support makes the {@link JwtDecoder} this uses, and
 * the service starts only with the tokens' issuer and audience set ({@link IdentityProviderSettings}); without one, {@link LocalStaffAutoConfiguration} makes the local users.
 */
@AutoConfiguration(before = {OAuth2ResourceServerAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
        ManagementWebSecurityAutoConfiguration.class})
@EnableWebSecurity
@EnableConfigurationProperties(AccessProperties.class)
public class AccessAutoConfiguration {

    @Bean
    @ConditionalOnBean(EndpointRoles.class)
    SecurityFilterChain staffAccess(HttpSecurity http, EndpointRoles endpoints, AccessProperties properties,
            ObjectProvider<JwtDecoder> identityProvider, ObjectProvider<OAuth2ResourceServerProperties> resourceServer)
            throws Exception {
        JwtDecoder tokens = identityProvider.getIfAvailable();
        if (tokens != null) {
            IdentityProviderSettings.require(resourceServer.getObject().getJwt());
        }
        return new StaffAccess(properties, tokens).filterChain(http, endpoints);
    }

    /**
     * Sign-ins are still observed (metrics of failed ones matter to operators), but not each filter of each request nor
     * each authorization decision: with Actuator's registry that was a fifth of the CPU a public submission costs
     * (measured with JFR under the intake benchmark), on top of Spring MVC's own request timing.
     */
    @Bean
    @ConditionalOnMissingBean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.withDefaults()
                .shouldObserveRequests(false)
                .shouldObserveAuthorizations(false)
                .build();
    }
}
