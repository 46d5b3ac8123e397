/** ResponseCoded: what coding-service made of a response. */
@NullMarked
package uk.consultation.schemas.coding;

import org.jspecify.annotations.NullMarked;
