package cn.qinglian.portal.cadre;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The cadre list as xlsx, streamed: SXSSF keeps 100 rows in memory and the rest in a temp file,
 * so a township's whole register exports in constant memory. The rows come from
 * {@link CadreService#forEach}, which applies the reader's scope and masks ID numbers and mobiles.
 */
@Service
public class CadreExport {

    public static final List<String> HEADERS = List.of("姓名", "性别", "出生日期", "身份证号", "手机号", "村居",
            "现任职务", "状态", "廉情评估", "是否党员", "学历", "最近任期届满");
    private static final int WINDOW = 100;

    private final CadreService cadres;
    private final Clock clock;

    CadreExport(CadreService cadres, Clock clock) {
        this.cadres = cadres;
        this.clock = clock;
    }

    /** "村居干部名单-2026-01-05.xlsx" */
    public String fileName() {
        return "村居干部名单-" + LocalDate.now(clock) + ".xlsx";
    }

    /** Writes the rows of the filter the signed-in user may see; the stream is left open. */
    public void write(CadreFilter filter, OutputStream out) {
        SXSSFWorkbook wb = new SXSSFWorkbook(WINDOW);
        try {
            Sheet sheet = wb.createSheet("干部名单");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            header(wb, sheet);
            int[] next = {1};
            cadres.forEach(filter, r -> row(sheet.createRow(next[0]++), r, date));
            wb.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            wb.dispose();
            try {
                wb.close();
            } catch (IOException ignored) {
                // nothing left to release: the temp files are already deleted
            }
        }
    }

    private static void header(SXSSFWorkbook wb, Sheet sheet) {
        Font bold = wb.createFont();
        bold.setBold(true);
        CellStyle head = wb.createCellStyle();
        head.setFont(bold);
        Row row = sheet.createRow(0);
        for (int i = 0; i < HEADERS.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(HEADERS.get(i));
            cell.setCellStyle(head);
            sheet.setColumnWidth(i, 256 * (i == 3 ? 22 : i == 6 ? 24 : 12));
        }
        sheet.createFreezePane(0, 1);
    }

    private static void row(Row row, CadreRow r, CellStyle date) {
        row.createCell(0).setCellValue(r.name());
        row.createCell(1).setCellValue(r.gender().label());
        date(row, 2, r.birthDate(), date);
        row.createCell(3).setCellValue(r.idNumber());
        row.createCell(4).setCellValue(r.mobile() == null ? "" : r.mobile());
        row.createCell(5).setCellValue(r.villageName());
        row.createCell(6).setCellValue(r.positions());
        row.createCell(7).setCellValue(r.status().label());
        row.createCell(8).setCellValue(r.rating().label());
        row.createCell(9).setCellValue(r.partyMember() ? "是" : "否");
        row.createCell(10).setCellValue(r.education() == null ? "" : r.education());
        date(row, 11, r.nextTermEnd(), date);
    }

    private static void date(Row row, int column, @Nullable LocalDate value, CellStyle style) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(style);
        }
    }
}
