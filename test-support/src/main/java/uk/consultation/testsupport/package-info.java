/** The Kafka broker and MongoDB store integration tests run against. */
@NullMarked
package uk.consultation.testsupport;

import org.jspecify.annotations.NullMarked;
