@NullMarked
package uk.consultation.intake.kafka;

import org.jspecify.annotations.NullMarked;
