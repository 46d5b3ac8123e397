/** Consultation definitions: questions, answer options and codeframes, loaded from YAML and shared over Kafka. */
@NullMarked
package uk.consultation.schemas.consultation;

import org.jspecify.annotations.NullMarked;
