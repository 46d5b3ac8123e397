package uk.consultation.access;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/** The local users: one per role, plus any configured, with generated passwords where none is set. */
final class LocalStaff {

    private static final Logger log = LoggerFactory.getLogger(LocalStaff.class);

    /**
     * The plain passwords are in this process's configuration anyway; a high bcrypt cost would only slow down every
     * API call that signs in with HTTP Basic.
     */
    private static final PasswordEncoder ENCODER = new BCryptPasswordEncoder(4);

    private LocalStaff() {
    }

    static InMemoryUserDetailsManager users(AccessProperties properties, String service) {
        Map<String, AccessProperties.LocalUser> configured = new LinkedHashMap<>(properties.users());
        List<UserDetails> users = new ArrayList<>();
        List<String> generated = new ArrayList<>();
        for (StaffRole role : StaffRole.values()) {
            AccessProperties.LocalUser user = configured.remove(role.localUser());
            List<StaffRole> roles = user == null || user.roles().isEmpty() ? List.of(role) : user.roles();
            users.add(user(role.localUser(), user == null ? null : user.password(), roles, generated));
        }
        configured.forEach((name, user) -> users.add(user(name, user.password(), user.roles(), generated)));
        if (!generated.isEmpty()) {
            log.warn("Local sign-in for {} (set consultation.access.users.<name>.password to choose): {}", service,
                    String.join(", ", generated));
        }
        return new InMemoryUserDetailsManager(users);
    }

    private static UserDetails user(String name, @Nullable String password, List<StaffRole> roles,
            List<String> generated) {
        String encoded;
        if (password == null || password.isBlank()) {
            String plain = StaffRole.generatedPassword();
            generated.add(name + " / " + plain);
            encoded = "{bcrypt}" + ENCODER.encode(plain);
        } else {
            encoded = password.startsWith("{") ? password : "{bcrypt}" + ENCODER.encode(password);
        }
        return User.withUsername(name)
                .password(encoded)
                .roles(roles.stream().map(StaffRole::role).toArray(String[]::new))
                .build();
    }
}
