/**
 * Live figures: each coded response's contribution is counted into per-partition MongoDB documents exactly once,
 * without transactions, and the sums are served over HTTP.
 */
@NullMarked
package uk.consultation.reporting.figures;

import org.jspecify.annotations.NullMarked;
