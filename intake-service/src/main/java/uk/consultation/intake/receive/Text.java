package uk.consultation.intake.receive;

import org.jspecify.annotations.Nullable;

/** What every channel does with optional text fields: blank means not given. */
public final class Text {

    private Text() {
    }

    public static boolean isBlank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    /** The value without surrounding white space, or null when there is nothing in it. */
    public static @Nullable String blankToNull(@Nullable String value) {
        return isBlank(value) ? null : value.strip();
    }
}
