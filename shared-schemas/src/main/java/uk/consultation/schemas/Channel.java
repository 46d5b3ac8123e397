package uk.consultation.schemas;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a response reached the consultation team. */
public enum Channel {
    @JsonProperty("online") ONLINE,
    @JsonProperty("email") EMAIL,
    @JsonProperty("letter") LETTER;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
