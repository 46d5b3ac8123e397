package uk.consultation.intake.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.jspecify.annotations.Nullable;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads an export one row at a time, CSV or the first sheet of an XLSX workbook (told apart by the file's first bytes,
 * not its name), handing each row's cells on and keeping none: a CSV is read through commons-csv's parser, a workbook
 * through POI's SAX reader of the sheet's XML, never as a whole workbook in memory. Excel dates come out as ISO local
 * date-times, whatever their cell format.
 */
final class ExportRows {

    /** Takes one row, numbered as a spreadsheet numbers it (the header is row 1). */
    interface RowHandler {
        void row(long number, List<String> cells);
    }

    /** Thrown by a handler to read no further: {@link #read} returns as if the export ended there. */
    static final class Stop extends RuntimeException {

        Stop() {
            super(null, null, false, false);
        }
    }

    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private ExportRows() {
    }

    static void read(Path file, RowHandler handler) throws IOException {
        try {
            if (isWorkbook(file)) {
                readWorkbook(file, handler);
            } else {
                readCsv(file, handler);
            }
        } catch (Stop stop) {
            // the handler has read all it wanted
        }
    }

    /**
     * The header row's texts as a mapping names its columns: a text that repeats (SmartSurvey's and Forms' "Please
     * explain your answer" after every choice) is told apart by its count, "Please explain your answer (2)" and so on.
     */
    static List<String> columnNames(List<String> header) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> names = new ArrayList<>(header.size());
        for (String text : header) {
            int count = seen.merge(text.strip(), 1, Integer::sum);
            names.add(count == 1 ? text.strip() : text.strip() + " (" + count + ")");
        }
        return names;
    }

    private static boolean isWorkbook(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(ZIP.length), ZIP);
        }
    }

    private static void readCsv(Path file, RowHandler handler) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.DEFAULT.parse(withoutByteOrderMark(reader))) {
            for (CSVRecord record : parser) {
                handler.row(record.getRecordNumber(), record.toList());
            }
        }
    }

    /** SmartSurvey's and Excel's UTF-8 CSVs start with a byte order mark, which is not part of the first header. */
    private static Reader withoutByteOrderMark(BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }

    private static void readWorkbook(Path file, RowHandler handler) throws IOException {
        try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(workbook);
            var sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                return;
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null,
                        new ReadOnlySharedStringsTable(workbook), new Rows(handler), new IsoDates(), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (OpenXML4JException | SAXException | ParserConfigurationException e) {
            throw new IOException("The workbook cannot be read: " + e.getMessage(), e);
        }
    }

    /** Gathers a row's cells, which the sheet's XML gives only where they are not blank. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final RowHandler handler;
        private final List<String> cells = new ArrayList<>();

        Rows(RowHandler handler) {
            this.handler = handler;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            handler.row(rowNum + 1L, List.copyOf(cells));
        }

        @Override
        public void cell(String cellReference, @Nullable String formattedValue, @Nullable XSSFComment comment) {
            int column = new CellReference(cellReference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(formattedValue == null ? "" : formattedValue);
        }
    }

    /** Dates as ISO local date-times rather than in each cell's display format, e.g. Microsoft Forms' "3/14/18 9:05". */
    private static final class IsoDates extends DataFormatter {

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904Windowing).toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }
    }
}
