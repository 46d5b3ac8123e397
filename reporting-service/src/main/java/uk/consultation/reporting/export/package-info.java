/**
 * The figures for report authors to take away: the published table per question and the themes by respondent type,
 * as CSV or an Excel workbook, with the same choices as the figures. Counts and labels only, never contact data.
 */
@NullMarked
package uk.consultation.reporting.export;

import org.jspecify.annotations.NullMarked;
