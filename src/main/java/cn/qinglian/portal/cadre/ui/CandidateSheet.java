package cn.qinglian.portal.cadre.ui;

import cn.qinglian.portal.cadre.EligibilityReviewService.Candidate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Reads the people of a batch 联审 from the first sheet of an xlsx with the columns 姓名 and 身份证号. */
final class CandidateSheet {

    static final int MAX_ROWS = 2000;

    /** The file cannot be used; the message is shown as is. */
    static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    private CandidateSheet() {
    }

    static List<Candidate> read(byte[] xlsx) {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            Row header = sheet.getRow(sheet.getFirstRowNum());
            int name = column(header, "姓名");
            int id = column(header, "身份证号");
            if (name < 0 || id < 0) {
                throw new Refused("第1行须有“姓名”和“身份证号”两列");
            }
            List<Candidate> people = new ArrayList<>();
            DataFormatter format = new DataFormatter();
            for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                String n = text(row, name, format);
                String i = text(row, id, format);
                if (n.isEmpty() && i.isEmpty()) {
                    continue;
                }
                if (people.size() == MAX_ROWS) {
                    throw new Refused("一次最多联审" + MAX_ROWS + "人，请拆分文件");
                }
                people.add(new Candidate(n, i));
            }
            if (people.isEmpty()) {
                throw new Refused("表格中没有人员：第1行为表头，请从第2行起填写姓名和身份证号");
            }
            return people;
        } catch (IOException | RuntimeException e) {
            if (e instanceof Refused refused) {
                throw refused;
            }
            throw new Refused("文件不是可读取的 Excel 工作簿（.xlsx）");
        }
    }

    private static int column(@Nullable Row header, String title) {
        if (header == null) {
            return -1;
        }
        for (Cell c : header) {
            if (c.getCellType() == CellType.STRING && c.getStringCellValue().trim().equals(title)) {
                return c.getColumnIndex();
            }
        }
        return -1;
    }

    /** Numbers are written out in full: an ID number typed as a number would otherwise read 3.3E+17. */
    private static String text(@Nullable Row row, int column, DataFormatter format) {
        Cell cell = row == null ? null : row.getCell(column);
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            return BigDecimal.valueOf(cell.getNumericCellValue()).toPlainString();
        }
        return format.formatCellValue(cell).trim();
    }
}
