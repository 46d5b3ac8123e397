/**
 * Codeframe themes in every answer's text, found by closeness in meaning to each theme's label, description and
 * examples; and the sentences no theme fits, kept for proposing new themes.
 */
@NullMarked
package uk.consultation.coding.theme;

import org.jspecify.annotations.NullMarked;
