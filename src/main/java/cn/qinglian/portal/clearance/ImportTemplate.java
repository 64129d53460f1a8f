package cn.qinglian.portal.clearance;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
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
 * The hand-over list template: the headers of {@link ImportColumn} with an example row, and
 * drop-downs for list kind, source, village and priority (lists on a hidden sheet).
 */
public final class ImportTemplate {

    public static final String SHEET = "移交清单";
    public static final String LISTS_SHEET = "下拉选项";
    public static final String FILE_NAME = "清单事项导入模板.xlsx";
    static final int ROWS = 5000;

    private ImportTemplate() {
    }

    public static byte[] xlsx(List<String> villageNames, List<String> officeNames) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(SHEET);
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle head = wb.createCellStyle();
            head.setFont(bold);
            head.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            head.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle text = wb.createCellStyle();
            text.setDataFormat(wb.createDataFormat().getFormat("@"));
            Row row = sheet.createRow(0);
            for (ImportColumn c : ImportColumn.values()) {
                var cell = row.createCell(c.ordinal());
                cell.setCellValue(c.header() + (c.required() && c != ImportColumn.VILLAGE ? "*" : ""));
                cell.setCellStyle(head);
                sheet.setColumnWidth(c.ordinal(), 256 * switch (c) {
                    case TITLE, DESCRIPTION, MEASURES -> 30;
                    case BATCH, LEAD_OFFICES, RESPONSIBLE_OFFICES -> 22;
                    default -> 12;
                });
                sheet.setDefaultColumnStyle(c.ordinal(), c == ImportColumn.DEADLINE ? date : text);
            }
            sheet.createFreezePane(0, 1);

            Sheet lists = wb.createSheet(LISTS_SHEET);
            column(lists, 0, villageNames);
            column(lists, 1, officeNames);
            wb.setSheetHidden(wb.getSheetIndex(lists), true);
            var dv = sheet.getDataValidationHelper();
            restrict(sheet, dv.createExplicitListConstraint(Arrays.stream(ListKind.values()).map(ListKind::label)
                    .toArray(String[]::new)), ImportColumn.KIND);
            restrict(sheet, dv.createExplicitListConstraint(Arrays.stream(ClearanceSource.values())
                    .map(ClearanceSource::label).toArray(String[]::new)), ImportColumn.SOURCE);
            restrict(sheet, dv.createExplicitListConstraint(Arrays.stream(Priority.values()).map(Priority::label)
                    .toArray(String[]::new)), ImportColumn.PRIORITY);
            if (!villageNames.isEmpty()) {
                restrict(sheet, dv.createFormulaListConstraint("'" + LISTS_SHEET + "'!$A$1:$A$" + villageNames.size()),
                        ImportColumn.VILLAGE);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void column(Sheet lists, int column, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            Row row = lists.getRow(i) == null ? lists.createRow(i) : lists.getRow(i);
            row.createCell(column).setCellValue(values.get(i));
        }
    }

    private static void restrict(Sheet sheet, DataValidationConstraint constraint, ImportColumn column) {
        DataValidation v = sheet.getDataValidationHelper().createValidation(constraint,
                new CellRangeAddressList(1, ROWS, column.ordinal(), column.ordinal()));
        v.setShowErrorBox(true);
        v.createErrorBox("输入有误", "请从下拉列表中选择" + column.header());
        v.setSuppressDropDownArrow(true);
        sheet.addValidationData(v);
    }
}
