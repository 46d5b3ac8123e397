@NullMarked
package uk.consultation.coding.code;

import org.jspecify.annotations.NullMarked;
