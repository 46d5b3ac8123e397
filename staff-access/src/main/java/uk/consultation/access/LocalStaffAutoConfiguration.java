package uk.consultation.access;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/** The local users, only while no identity provider is configured (no {@link JwtDecoder}). */
@AutoConfiguration(after = OAuth2ResourceServerAutoConfiguration.class, before = UserDetailsServiceAutoConfiguration.class)
@EnableConfigurationProperties(AccessProperties.class)
public class LocalStaffAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(JwtDecoder.class)
    InMemoryUserDetailsManager localStaff(AccessProperties properties, Environment environment) {
        return LocalStaff.users(properties, environment.getProperty("spring.application.name", "this service"));
    }
}
