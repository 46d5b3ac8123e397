package uk.consultation.intake.imports;

import java.util.List;

/**
 * What an export holds and how it would be imported.
 *
 * @param columns the header row
 * @param rows    the rows below it, each a response
 * @param mapping the suggested mapping, to correct and send with the import
 */
record ImportPreview(List<String> columns, long rows, ImportMapping mapping) {
}
