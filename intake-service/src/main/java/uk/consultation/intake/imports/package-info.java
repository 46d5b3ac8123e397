/**
 * Imports a survey platform's export (Citizen Space, SmartSurvey, Microsoft Forms; CSV or XLSX), one response per
 * row, through the same recorder as every other channel.
 */
@NullMarked
package uk.consultation.intake.imports;

import org.jspecify.annotations.NullMarked;
