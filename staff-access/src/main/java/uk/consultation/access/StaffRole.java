package uk.consultation.access;

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

    private final String localUser;
    private final String duties;

    StaffRole(String localUser, String duties) {
        this.localUser = localUser;
        this.duties = duties;
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
