package uk.consultation.access;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * In production staff sign in with the department's identity provider: the services take its signed tokens, made by
 * it for this system, and read the roles from a claim. The provider is stood in for by a key pair made here, its keys
 * published on 127.0.0.1; the token check is Spring's own.
 */
@SpringBootTest(classes = StaffAccessTest.Service.class)
@AutoConfigureMockMvc
class IdentityProviderAccessTest {

    private static final KeyPair PROVIDER_KEY = keyPair();
    private static final String ISSUER = "https://sign-in.department.example";
    private static final String AUDIENCE = "consultation-responses";
    private static final String JWK_SET_URI = publishedKeys();

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", () -> JWK_SET_URI);
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> ISSUER);
        registry.add("spring.security.oauth2.resourceserver.jwt.audiences", () -> AUDIENCE);
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
    void aTokenTheProviderMadeForAnotherApplicationOrAnotherIssuersTokenIsRefused() throws Exception {
        assertThat(mvc.get().uri("/analysis")
                .header("Authorization", "Bearer " + token(List.of("ANALYST"), PROVIDER_KEY, ISSUER, "payroll")))
                .hasStatus(401);
        assertThat(mvc.get().uri("/analysis").header("Authorization",
                "Bearer " + token(List.of("ANALYST"), PROVIDER_KEY, "https://other.example", AUDIENCE)))
                .hasStatus(401);
    }

    @Test
    void aServiceWithAnIdentityProviderButNoAudienceOrIssuerDoesNotStart() {
        String keys = "spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + JWK_SET_URI;
        assertThatThrownBy(() -> start(keys, "spring.security.oauth2.resourceserver.jwt.issuer-uri=" + ISSUER))
                .rootCause().hasMessageContaining(IdentityProviderSettings.AUDIENCES);
        assertThatThrownBy(() -> start(keys, "spring.security.oauth2.resourceserver.jwt.audiences=" + AUDIENCE))
                .rootCause().hasMessageContaining(IdentityProviderSettings.ISSUER);
    }

    private static void start(String... properties) {
        new SpringApplicationBuilder(StaffAccessTest.Service.class)
                .properties("server.address=127.0.0.1", "server.port=0")
                .properties(properties)
                .run()
                .close();
    }

    @Test
    void thereAreNoLocalUsers() {
        assertThat(context.getBeansOfType(UserDetailsService.class)).isEmpty();
    }

    private static String token(List<String> roles) throws Exception {
        return token(roles, PROVIDER_KEY);
    }

    private static String token(List<String> roles, KeyPair key) throws Exception {
        return token(roles, key, ISSUER, AUDIENCE);
    }

    private static String token(List<String> roles, KeyPair key, String issuer, String audience) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(audience)
                .subject("a.analyst@department.example")
                .claim("roles", roles)
                .expirationTime(Date.from(Instant.now().plusSeconds(300)))
                .build());
        jwt.sign(new RSASSASigner((RSAPrivateKey) key.getPrivate()));
        return jwt.serialize();
    }

    /** The provider's public key as its JWK set, served for as long as the tests run. */
    private static String publishedKeys() {
        try {
            byte[] keys = new JWKSet(new RSAKey.Builder((RSAPublicKey) PROVIDER_KEY.getPublic()).build()).toString()
                    .getBytes(StandardCharsets.UTF_8);
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/keys", exchange -> {
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, keys.length);
                exchange.getResponseBody().write(keys);
                exchange.close();
            });
            server.start();
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/keys";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
