package uk.consultation.schemas;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether a response speaks for one person or for an organisation; published figures are split by it. */
public enum RespondentType {
    @JsonProperty("individual") INDIVIDUAL,
    @JsonProperty("organisation") ORGANISATION;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static java.util.Optional<RespondentType> fromWireName(String value) {
        for (RespondentType type : values()) {
            if (type.wireName().equals(value)) {
                return java.util.Optional.of(type);
            }
        }
        return java.util.Optional.empty();
    }
}
