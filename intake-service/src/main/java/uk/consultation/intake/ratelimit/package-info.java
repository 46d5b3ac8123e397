/**
 * Per-client limits on public submissions, so that one address cannot flood the consultation with responses; campaigns
 * that many people join come from many addresses and are unaffected.
 */
@NullMarked
package uk.consultation.intake.ratelimit;

import org.jspecify.annotations.NullMarked;
