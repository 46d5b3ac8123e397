@NullMarked
package uk.consultation.coding.kafka;

import org.jspecify.annotations.NullMarked;
