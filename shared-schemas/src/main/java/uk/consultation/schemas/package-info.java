/** Topic registry and the JSON codec every service uses on Kafka. */
@NullMarked
package uk.consultation.schemas;

import org.jspecify.annotations.NullMarked;
