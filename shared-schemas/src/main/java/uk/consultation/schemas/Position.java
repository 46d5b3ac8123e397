package uk.consultation.schemas;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The position a respondent takes on a closed question. */
public enum Position {
    @JsonProperty("agree") AGREE,
    @JsonProperty("disagree") DISAGREE,
    @JsonProperty("not_sure") NOT_SURE;

    /** The wire name, as in the submission contract and the schemas. */
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static java.util.Optional<Position> fromWireName(String value) {
        for (Position position : values()) {
            if (position.wireName().equals(value)) {
                return java.util.Optional.of(position);
            }
        }
        return java.util.Optional.empty();
    }
}
