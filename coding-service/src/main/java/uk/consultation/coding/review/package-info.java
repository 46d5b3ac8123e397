/**
 * Analysts' review of codings: the queue of uncertain codings, reviews as events applied as the next coding version,
 * the audit trail of who changed what and when, and how far automatic coding agrees with analysts.
 */
@NullMarked
package uk.consultation.coding.review;

import org.jspecify.annotations.NullMarked;
