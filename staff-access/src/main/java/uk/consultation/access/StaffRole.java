package uk.consultation.access;

/**
 * What a member of the consultation team may do. Anyone, signed in or not, may only read the consultations, fill in
 * the online form and submit a response; everything else needs one of these.
 */
public enum StaffRole {

    /** Types up posted letters and imports emails. */
    TRANSCRIBER("transcriber"),
    /** Reviews and corrects codings, looks after the codeframes. */
    ANALYST("analyst"),
    /** Reads the figures, exports and drafted summaries, before they are published. */
    REPORT_AUTHOR("author"),
    /** Watches throughput and backlog, re-drives dead letters, rebuilds figures. */
    OPERATOR("operator"),
    /** Registers consultations and erases respondents' personal data on request. */
    ADMIN("admin");

    private final String localUser;

    StaffRole(String localUser) {
        this.localUser = localUser;
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
