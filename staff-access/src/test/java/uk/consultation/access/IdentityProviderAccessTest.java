package uk.consultation.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * In production staff sign in with the department's identity provider: the services take its signed tokens and read
 * the roles from a claim. The provider is stood in for by a key pair made here; the token check is Spring's own.
 */
@SpringBootTest(classes = StaffAccessTest.Service.class)
@AutoConfigureMockMvc
class IdentityProviderAccessTest {

    private static final KeyPair PROVIDER_KEY = keyPair();

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry registry) throws Exception {
        Path publicKey = Files.createTempFile("identity-provider", ".pem");
        Files.writeString(publicKey, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(PROVIDER_KEY.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> publicKey.toUri().toString());
    }

    @Test
    void theRoleComesFromTheProvidersToken() throws Exception {
        assertThat(mvc.get().uri("/analysis").header("Authorization", "Bearer " + token(List.of("ANALYST"))))
                .hasStatusOk();
        assertThat(mvc.get().uri("/analysis").header("Authorization", "Bearer " + token(List.of("REPORT_AUTHOR"))))
                .hasStatus(403);
    }

    @Test
    void withoutATokenOrWithAForgedOneThereIsNoAccess() throws Exception {
        assertThat(mvc.get().uri("/analysis"))
                .hasStatus(401)
                .hasHeader("WWW-Authenticate", "Bearer");
        String forged = token(List.of("ANALYST"), keyPair());
        assertThat(mvc.get().uri("/analysis").header("Authorization", "Bearer " + forged)).hasStatus(401);
    }

    @Test
    void thereAreNoLocalUsers() {
        assertThat(context.getBeansOfType(UserDetailsService.class)).isEmpty();
    }

    private static String token(List<String> roles) throws Exception {
        return token(roles, PROVIDER_KEY);
    }

    private static String token(List<String> roles, KeyPair key) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), new JWTClaimsSet.Builder()
                .subject("a.analyst@department.example")
                .claim("roles", roles)
                .expirationTime(Date.from(Instant.now().plusSeconds(300)))
                .build());
        jwt.sign(new RSASSASigner((RSAPrivateKey) key.getPrivate()));
        return jwt.serialize();
    }

    private static KeyPair keyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
