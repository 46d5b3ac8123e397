package uk.consultation.access;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How staff sign in. Without an identity provider ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri} or
 * {@code jwk-set-uri}), each role has a local user named after it ({@link StaffRole#localUser()}); a local user without
 * a configured password gets a generated one, printed at start.
 *
 * @param users                 local users by name: passwords for the role users, and more users such as the
 *                              account one service uses to call another
 * @param rolesClaim            the identity provider's token claim that lists a person's roles, e.g. {@code ANALYST}
 * @param contentSecurityPolicy sent with every answer: only this service's own scripts, styles and forms
 */
@ConfigurationProperties("consultation.access")
public record AccessProperties(
        @DefaultValue Map<String, LocalUser> users,
        @DefaultValue("roles") String rolesClaim,
        @DefaultValue("default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; "
                + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'") String contentSecurityPolicy) {

    /**
     * @param password plain, or already encoded with its {@code {id}} prefix (e.g. {@code {bcrypt}...}); blank for a
     *                 generated one
     * @param roles    for a role user, its own role when empty
     */
    public record LocalUser(@Nullable String password, @DefaultValue List<StaffRole> roles) {
    }
}
