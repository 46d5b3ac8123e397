@NullMarked
package uk.consultation.coding;

import org.jspecify.annotations.NullMarked;
