package uk.consultation.schemas.consultation;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Closed questions ask for a position ("Do you agree?"); open ones ask for examples or suggestions. */
public enum QuestionKind {
    @JsonProperty("closed") CLOSED,
    @JsonProperty("open") OPEN
}
