package uk.consultation.reporting.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The tables as an Excel workbook: a sheet "Questions" and a sheet "Themes", numbers as numbers. */
final class FiguresWorkbook {

    static final String QUESTIONS = "Questions";
    static final String THEMES = "Themes";

    private FiguresWorkbook() {
    }

    static byte[] render(FiguresTables tables) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            sheet(workbook.createSheet(QUESTIONS), tables.questions());
            sheet(workbook.createSheet(THEMES), tables.themes());
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(Sheet sheet, List<List<Object>> rows) {
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r);
            List<Object> values = rows.get(r);
            for (int c = 0; c < values.size(); c++) {
                Cell cell = row.createCell(c);
                if (values.get(c) instanceof Long number) {
                    cell.setCellValue(number);
                } else {
                    cell.setCellValue(String.valueOf(values.get(c)));
                }
            }
        }
        sheet.createFreezePane(0, 1);
    }
}
