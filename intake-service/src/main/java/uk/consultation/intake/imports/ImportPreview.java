package uk.consultation.intake.imports;

import java.util.List;

/**
 * What an export holds and how it would be imported.
 *
 * @param columns the header row
 * @param rows    the rows below it, each a response
 * @param saved   whether the mapping is the one last used for this survey's exports (same consultation, platform and
 *                header row) rather than a suggestion
 * @param mapping the mapping to import with, corrected first if need be
 */
record ImportPreview(List<String> columns, long rows, boolean saved, ImportMapping mapping) {
}
