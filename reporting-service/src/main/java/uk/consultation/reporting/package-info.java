/** Keeps live per-question figures of coded consultation responses and serves them over HTTP. */
@NullMarked
package uk.consultation.reporting;

import org.jspecify.annotations.NullMarked;
