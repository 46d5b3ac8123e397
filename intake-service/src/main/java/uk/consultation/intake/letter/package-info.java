@NullMarked
package uk.consultation.intake.letter;

import org.jspecify.annotations.NullMarked;
