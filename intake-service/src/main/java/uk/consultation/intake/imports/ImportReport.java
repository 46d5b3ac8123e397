package uk.consultation.intake.imports;

import java.util.List;

/**
 * What an import did: every row read is either accepted (in Kafka, acknowledged) or refused with its reason, so a
 * refused row can be corrected and the export imported again, which adds only what is missing.
 *
 * @param survey  the survey the rows were imported as
 * @param refused the refused rows, by row number in the file (the header is row 1)
 */
record ImportReport(String platform, String survey, long rowsRead, long accepted, List<RefusedRow> refused) {

    record RefusedRow(long row, String reason) {
    }
}
