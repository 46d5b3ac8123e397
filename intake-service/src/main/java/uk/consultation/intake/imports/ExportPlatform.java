package uk.consultation.intake.imports;

import java.util.Arrays;
import java.util.Optional;

/** A survey platform whose exports are imported; its wire name is recorded on each response it brought. */
enum ExportPlatform {
    CITIZEN_SPACE("citizen-space"),
    SMARTSURVEY("smartsurvey"),
    MICROSOFT_FORMS("microsoft-forms");

    private final String wireName;

    ExportPlatform(String wireName) {
        this.wireName = wireName;
    }

    String wireName() {
        return wireName;
    }

    static Optional<ExportPlatform> fromWireName(String value) {
        return Arrays.stream(values()).filter(platform -> platform.wireName.equals(value)).findFirst();
    }
}
