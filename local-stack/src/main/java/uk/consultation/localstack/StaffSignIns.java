package uk.consultation.localstack;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import uk.consultation.access.StaffRole;

/**
 * A password for each role's local user, new at every start and the same on all three services, and one for the
 * account coding-service signs in to intake with. The services take them from their environment.
 */
final class StaffSignIns {

    private final Map<StaffRole, String> passwords = new EnumMap<>(StaffRole.class);
    private final String codingPassword = StaffRole.generatedPassword();

    StaffSignIns() {
        for (StaffRole role : StaffRole.values()) {
            passwords.put(role, StaffRole.generatedPassword());
        }
    }

    /** For every service. */
    Map<String, String> environment() {
        Map<String, String> environment = new HashMap<>();
        passwords.forEach((role, password) -> environment.put(role.passwordVariable(), password));
        return environment;
    }

    /** For intake, which coding-service signs in to. */
    Map<String, String> intakeEnvironment() {
        return Map.of("INTAKE_CODING_PASSWORD", codingPassword);
    }

    /** For coding-service, which signs in to intake. */
    Map<String, String> codingEnvironment() {
        return Map.of("CODING_INTAKE_PASSWORD", codingPassword);
    }

    String password(StaffRole role) {
        return passwords.get(role);
    }

    /** One line per role: who signs in with what, and what for. */
    String table() {
        return passwords.entrySet().stream()
                .map(entry -> "  %-12s %-24s %s".formatted(entry.getKey().localUser(), entry.getValue(),
                        entry.getKey().duties()))
                .collect(Collectors.joining("\n"));
    }
}
