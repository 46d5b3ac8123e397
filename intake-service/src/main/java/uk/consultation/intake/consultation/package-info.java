@NullMarked
package uk.consultation.intake.consultation;

import org.jspecify.annotations.NullMarked;
