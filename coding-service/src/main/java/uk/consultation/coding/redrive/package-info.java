/** Coding again, after a fix, the responses that could not be coded the first time. */
@NullMarked
package uk.consultation.coding.redrive;

import org.jspecify.annotations.NullMarked;
