package cn.qinglian.portal.cadre;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

/**
 * The roster template: the headers of {@link RosterColumn} and drop-downs for village, posts,
 * party membership and status. Lists live on a hidden sheet because an inline list is limited to
 * 255 characters, which a township's village names exceed.
 */
public final class RosterTemplate {

    public static final String SHEET = "干部名单";
    public static final String LISTS_SHEET = "下拉选项";
    public static final String FILE_NAME = "村居干部名单导入模板.xlsx";
    /** Rows (after the header) that get the drop-downs and formats. */
    static final int ROWS = 5000;

    private RosterTemplate() {
    }

    public static byte[] xlsx(List<String> villageNames) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(SHEET);
            header(wb, sheet);
            Sheet lists = wb.createSheet(LISTS_SHEET);
            List<String> positions = Arrays.stream(Position.values()).map(Position::label).toList();
            column(lists, 0, villageNames);
            column(lists, 1, positions);
            wb.setSheetHidden(wb.getSheetIndex(lists), true);

            DataValidationHelper dv = sheet.getDataValidationHelper();
            if (!villageNames.isEmpty()) {
                restrict(sheet, dv.createFormulaListConstraint(range(0, villageNames.size())), RosterColumn.VILLAGE);
            }
            for (int k = 1; k <= RosterColumn.TERMS; k++) {
                restrict(sheet, dv.createFormulaListConstraint(range(1, positions.size())), RosterColumn.position(k));
            }
            restrict(sheet, dv.createExplicitListConstraint(new String[]{"是", "否"}), RosterColumn.PARTY_MEMBER);
            restrict(sheet, dv.createExplicitListConstraint(
                    Arrays.stream(CadreStatus.values()).map(CadreStatus::label).toArray(String[]::new)), RosterColumn.STATUS);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void header(XSSFWorkbook wb, Sheet sheet) {
        Font bold = wb.createFont();
        bold.setBold(true);
        CellStyle head = wb.createCellStyle();
        head.setFont(bold);
        head.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        head.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        // text format, so Excel keeps ID numbers (18 digits) and mobiles as typed
        CellStyle text = wb.createCellStyle();
        text.setDataFormat(wb.createDataFormat().getFormat("@"));
        CellStyle date = wb.createCellStyle();
        date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
        Row row = sheet.createRow(0);
        for (RosterColumn c : RosterColumn.values()) {
            var cell = row.createCell(c.ordinal());
            cell.setCellValue(c.header());
            cell.setCellStyle(head);
            sheet.setColumnWidth(c.ordinal(), 256 * (c == RosterColumn.ID_NUMBER ? 22 : c == RosterColumn.VILLAGE ? 16 : 13));
            if (c == RosterColumn.ID_NUMBER || c == RosterColumn.MOBILE) {
                sheet.setDefaultColumnStyle(c.ordinal(), text);
            } else if (c.isDate()) {
                sheet.setDefaultColumnStyle(c.ordinal(), date);
            }
        }
        sheet.createFreezePane(0, 1);
    }

    private static void column(Sheet lists, int column, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            Row row = lists.getRow(i) == null ? lists.createRow(i) : lists.getRow(i);
            row.createCell(column).setCellValue(values.get(i));
        }
    }

    private static String range(int column, int size) {
        char letter = (char) ('A' + column);
        return "'" + LISTS_SHEET + "'!$" + letter + "$1:$" + letter + "$" + size;
    }

    private static void restrict(Sheet sheet, DataValidationConstraint constraint, RosterColumn column) {
        DataValidation v = sheet.getDataValidationHelper().createValidation(constraint,
                new CellRangeAddressList(1, ROWS, column.ordinal(), column.ordinal()));
        v.setShowErrorBox(true);
        v.createErrorBox("输入有误", "请从下拉列表中选择" + column.header().replaceAll("\\d$", ""));
        // XSSF inverts this flag: true shows the drop-down arrow
        v.setSuppressDropDownArrow(true);
        sheet.addValidationData(v);
    }
}
