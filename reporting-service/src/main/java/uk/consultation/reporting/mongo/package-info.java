/** The MongoDB database the figures live in, and its health. */
@NullMarked
package uk.consultation.reporting.mongo;

import org.jspecify.annotations.NullMarked;
