package uk.consultation.intake.imports;

import java.util.Arrays;
import java.util.Optional;

/** A survey platform whose exports are imported; its wire name is recorded on each response it brought. */
enum ExportPlatform {
    CITIZEN_SPACE("citizen-space", "Citizen Space"),
    SMARTSURVEY("smartsurvey", "SmartSurvey"),
    MICROSOFT_FORMS("microsoft-forms", "Microsoft Forms");

    private final String wireName;
    private final String label;

    ExportPlatform(String wireName, String label) {
        this.wireName = wireName;
        this.label = label;
    }

    // Public, as is the label: the import page's template calls them.
    public String wireName() {
        return wireName;
    }

    /** The platform's own name for itself, as the import page shows it. */
    public String label() {
        return label;
    }

    static Optional<ExportPlatform> fromWireName(String value) {
        return Arrays.stream(values()).filter(platform -> platform.wireName.equals(value)).findFirst();
    }
}
