/**
 * What changes as it happens: a stream of figure changes per consultation (Server-Sent Events), and how fresh the
 * figures are, from intake's acceptance of a response to its coding changing them.
 */
@NullMarked
package uk.consultation.reporting.live;

import org.jspecify.annotations.NullMarked;
