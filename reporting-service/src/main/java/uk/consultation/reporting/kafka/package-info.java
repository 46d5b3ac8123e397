/** The topics this service declares and the consultation catalog it reads definitions from. */
@NullMarked
package uk.consultation.reporting.kafka;

import org.jspecify.annotations.NullMarked;
