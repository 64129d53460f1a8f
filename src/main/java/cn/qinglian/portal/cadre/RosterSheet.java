package cn.qinglian.portal.cadre;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the first sheet of an xlsx with SAX, never building the workbook in memory, so ten
 * thousand rows take well under a second. Cells keep their raw value: text as typed, numbers as
 * numbers with a flag for date formats (POI's formatted values would turn dates into locale text).
 */
final class RosterSheet {

    static final String NOT_XLSX = "文件不是 Excel 工作簿（.xlsx），请使用导入模板填写后上传";
    static final String OLD_XLS = "不支持旧版 Excel（.xls）文件，请在 Excel 中另存为 .xlsx 后上传";

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    /** A cell's value: {@code number} is set for numeric cells, {@code date} when its format is a date format. */
    record Cell(String text, @Nullable Double number, boolean date) {
        boolean blank() {
            return text.isBlank();
        }
    }

    /** A row that has at least one non-blank cell, numbered as Excel shows it. */
    record Row(int number, Map<Integer, Cell> cells) {
        Cell cell(int column) {
            return cells.getOrDefault(column, new Cell("", null, false));
        }
    }

    private RosterSheet() {
    }

    static List<Row> read(byte[] xlsx) {
        if (startsWith(xlsx, OLE2)) {
            throw new RosterRefusal(OLD_XLS);
        }
        if (!startsWith(xlsx, ZIP)) {
            throw new RosterRefusal(NOT_XLSX);
        }
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(xlsx))) {
            // a .docx or any other zip renamed .xlsx has no workbook part
            if (pkg.getPartsByContentType(XSSFRelation.WORKBOOK.getContentType()).isEmpty()
                    && pkg.getPartsByContentType(XSSFRelation.MACROS_WORKBOOK.getContentType()).isEmpty()) {
                throw new RosterRefusal(NOT_XLSX);
            }
            XSSFReader reader = new XSSFReader(pkg);
            SharedStrings strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            var sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new RosterRefusal(NOT_XLSX);
            }
            Handler handler = new Handler(strings, styles);
            try (InputStream sheet = sheets.next()) {
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(handler);
                xml.parse(new InputSource(sheet));
            }
            return handler.rows;
        } catch (RosterRefusal e) {
            throw e;
        } catch (Exception e) {
            // POI signals a broken or foreign file with many exception types; the user only needs to know it is unusable
            throw new RosterRefusal(NOT_XLSX);
        }
    }

    private static boolean startsWith(byte[] data, byte[] magic) {
        if (data.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (data[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** SAX over sheetN.xml: {@code <row r><c r t s><v/><is><t/></is></c></row>}. */
    private static final class Handler extends DefaultHandler {
        private final SharedStrings strings;
        private final @Nullable StylesTable styles;
        private final List<Row> rows = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private Map<Integer, Cell> cells = new HashMap<>();
        private int rowNumber;
        private int column;
        private @Nullable String type;
        private @Nullable String style;
        private boolean collecting;
        private boolean inPhonetic;

        Handler(SharedStrings strings, @Nullable StylesTable styles) {
            this.strings = strings;
            this.styles = styles;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            switch (localName) {
                case "row" -> {
                    String r = atts.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                    cells = new HashMap<>();
                    column = -1;
                }
                case "c" -> {
                    String r = atts.getValue("r");
                    column = r == null ? column + 1 : new CellReference(r).getCol();
                    type = atts.getValue("t");
                    style = atts.getValue("s");
                    text.setLength(0);
                }
                case "v" -> collecting = true;
                case "t" -> collecting = !inPhonetic;
                case "rPh" -> inPhonetic = true;
                default -> { }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (collecting) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "v", "t" -> collecting = false;
                case "rPh" -> inPhonetic = false;
                case "c" -> {
                    Cell cell = cell(text.toString());
                    if (!cell.blank()) {
                        cells.put(column, cell);
                    }
                }
                case "row" -> {
                    if (!cells.isEmpty()) {
                        rows.add(new Row(rowNumber, cells));
                    }
                }
                default -> { }
            }
        }

        private Cell cell(String raw) {
            if ("s".equals(type)) {
                return text(raw.isBlank() ? "" : strings.getItemAt(Integer.parseInt(raw.strip())).getString());
            }
            if (type == null || "n".equals(type)) {
                if (raw.isBlank()) {
                    return text("");
                }
                double value = Double.parseDouble(raw);
                // 13812345678 stays 13812345678, not 1.3812345678E10
                return new Cell(new BigDecimal(raw).stripTrailingZeros().toPlainString(), value, isDateFormat());
            }
            return text("b".equals(type) ? ("1".equals(raw) ? "TRUE" : "FALSE") : raw);
        }

        private boolean isDateFormat() {
            if (style == null || styles == null) {
                return false;
            }
            XSSFCellStyle s = styles.getStyleAt(Integer.parseInt(style));
            return s != null && DateUtil.isADateFormat(s.getDataFormat(), s.getDataFormatString());
        }

        private static Cell text(String value) {
            return new Cell(value == null ? "" : value, null, false);
        }
    }
}
