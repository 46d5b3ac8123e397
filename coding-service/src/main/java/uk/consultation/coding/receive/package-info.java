@NullMarked
package uk.consultation.coding.receive;

import org.jspecify.annotations.NullMarked;
