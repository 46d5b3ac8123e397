@NullMarked
package uk.consultation.intake.receive;

import org.jspecify.annotations.NullMarked;
