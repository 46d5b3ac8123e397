/**
 * Emerging themes: what answers say that no codeframe theme fits, clustered per question and proposed to analysts as
 * candidate themes; an accepted one becomes a new codeframe version, and every response is coded again with it.
 */
@NullMarked
package uk.consultation.coding.emerging;

import org.jspecify.annotations.NullMarked;
