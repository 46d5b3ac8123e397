/**
 * What every fuzz test shares: the time budget of a property, inputs mutated from real seeds (QuickTheories generates
 * and shrinks them), and the bound on the time one input may take.
 */
@NullMarked
package uk.consultation.testsupport.fuzz;

import org.jspecify.annotations.NullMarked;
