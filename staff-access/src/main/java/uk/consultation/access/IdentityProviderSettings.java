package uk.consultation.access;

import java.util.List;

import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.util.StringUtils;

/**
 * What a service must know of the identity provider before it takes its tokens: whose tokens (the issuer) and for whom
 * (the audience, this system). Without them a token the provider signed for any other application of the department,
 * or one signed with the same keys by another issuer, would be taken here with whatever roles it lists. Spring Boot
 * checks both on every token once they are set ({@code issuer-uri} with {@code jwk-set-uri}, or alone to discover
 * the keys); a service refuses to start without them.
 */
final class IdentityProviderSettings {

    static final String ISSUER = "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI";
    static final String AUDIENCES = "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_AUDIENCES";

    private IdentityProviderSettings() {
    }

    /** @throws IllegalStateException naming the environment variables to set, when either is missing */
    static void require(OAuth2ResourceServerProperties.Jwt jwt) {
        List<String> audiences = jwt.getAudiences();
        boolean audience = !audiences.isEmpty() && audiences.stream().allMatch(StringUtils::hasText);
        if (!StringUtils.hasText(jwt.getIssuerUri()) || !audience) {
            throw new IllegalStateException("Staff sign in with an identity provider here, so its tokens must be"
                    + " checked for who issued them and for whom: set " + ISSUER + " (the tokens' iss, e.g."
                    + " https://sign-in.department.example) and " + AUDIENCES + " (their aud, this system's identifier"
                    + " at the provider), as well as SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWK_SET_URI where the"
                    + " provider publishes no discovery document");
        }
    }
}
