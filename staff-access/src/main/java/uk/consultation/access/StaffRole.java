package uk.consultation.access;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;

/**
 * What a member of the consultation team may do. Anyone, signed in or not, may only read the consultations, fill in
 * the online form and submit a response; everything else needs one of these.
 */
public enum StaffRole {

    TRANSCRIBER("transcriber", "types up posted letters, imports emails"),
    ANALYST("analyst", "reviews and corrects codings, looks after the codeframes"),
    REPORT_AUTHOR("author", "reads the figures, exports and drafted summaries before they are published"),
    OPERATOR("operator", "watches throughput and backlog, re-drives dead letters, rebuilds figures"),
    ADMIN("admin", "registers consultations, erases a respondent's personal data on request");

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String localUser;
    private final String duties;

    StaffRole(String localUser, String duties) {
        this.localUser = localUser;
        this.duties = duties;
    }

    /**
     * The environment variable that sets the local user's password: Spring Boot binds it to
     * {@code consultation.access.users.<user>.password}.
     */
    public String passwordVariable() {
        return "CONSULTATION_ACCESS_USERS_" + localUser.toUpperCase(Locale.ROOT) + "_PASSWORD";
    }

    /** A new random password, for a local user given none (by a service, or by the local stack for all three). */
    public static String generatedPassword() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** What someone with this role does, in a few words. */
    public String duties() {
        return duties;
    }

    /** The name of the local sign-in that has this role, when no identity provider is configured. */
    public String localUser() {
        return localUser;
    }

    /** For {@code hasRole(...)}: Spring Security adds the {@code ROLE_} prefix itself. */
    public String role() {
        return name();
    }
}
