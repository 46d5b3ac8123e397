/** Reading free text: sentences and their meaning as vectors, shared by question mapping and theme coding. */
@NullMarked
package uk.consultation.coding.language;

import org.jspecify.annotations.NullMarked;
