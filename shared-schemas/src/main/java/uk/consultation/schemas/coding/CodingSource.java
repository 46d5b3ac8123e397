package uk.consultation.schemas.coding;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a coded value came from; report authors and analysts tell machine and human codes apart by it. */
public enum CodingSource {
    /** Given by the respondent on a form. */
    @JsonProperty("explicit") EXPLICIT,
    /** Read from a written template (question number, then an answer). */
    @JsonProperty("parsed") PARSED,
    /** Inferred from free text by the coder. */
    @JsonProperty("inferred") INFERRED,
    /** Set or confirmed by an analyst. */
    @JsonProperty("reviewed") REVIEWED
}
