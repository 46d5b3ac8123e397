/**
 * The drafted summary of responses for report authors: per question, the figures in the wording of a government
 * response, then the themes raised most with an example quote each, as Markdown or Word.
 */
@NullMarked
package uk.consultation.reporting.summary;

import org.jspecify.annotations.NullMarked;
