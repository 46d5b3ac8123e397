@NullMarked
package uk.consultation.intake;

import org.jspecify.annotations.NullMarked;
