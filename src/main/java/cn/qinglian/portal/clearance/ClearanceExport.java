package cn.qinglian.portal.clearance;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;

/**
 * The filtered item list as xlsx, streamed with SXSSF (100 rows in memory). The rows come from
 * {@link ClearanceService#forEach}, which applies the reader's scope. The columns are the import
 * template's, so an exported list can be corrected and imported again.
 */
@Service
public class ClearanceExport {

    public static final List<String> HEADERS = List.of("编号", "清单类别", "来源", "批次", "村居", "关联问题编号",
            "问题类别", "事项名称", "问题描述", "整改措施", "牵头单位", "责任单位", "责任人", "整改期限", "优先级",
            "状态", "期限提示");
    private static final int WINDOW = 100;

    private final ClearanceService service;
    private final Clock clock;

    ClearanceExport(ClearanceService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    public String fileName() {
        return "清单事项-" + DeadlineFlag.today(clock) + ".xlsx";
    }

    public void write(ClearanceFilter filter, OutputStream out) {
        SXSSFWorkbook wb = new SXSSFWorkbook(WINDOW);
        try {
            Sheet sheet = wb.createSheet("清单事项");
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle head = wb.createCellStyle();
            head.setFont(bold);
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADERS.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(HEADERS.get(i));
                cell.setCellStyle(head);
                sheet.setColumnWidth(i, 256 * (i == 7 || i == 8 || i == 9 ? 30 : i == 3 || i == 10 ? 20 : 12));
            }
            sheet.createFreezePane(0, 1);
            int[] next = {1};
            service.forEachForExport(filter, (r, parentCode, description, measures) -> {
                Row row = sheet.createRow(next[0]++);
                row.createCell(0).setCellValue(r.code());
                row.createCell(1).setCellValue(r.kind().label());
                row.createCell(2).setCellValue(r.source().label());
                row.createCell(3).setCellValue(r.batch());
                row.createCell(4).setCellValue(r.villageId() == null ? "" : r.villageName());
                row.createCell(5).setCellValue(parentCode);
                row.createCell(6).setCellValue(r.category());
                row.createCell(7).setCellValue(r.title());
                row.createCell(8).setCellValue(description);
                row.createCell(9).setCellValue(measures);
                row.createCell(10).setCellValue(r.leadOffices());
                row.createCell(11).setCellValue(r.sharedOffices());
                row.createCell(12).setCellValue(r.people());
                Cell deadline = row.createCell(13);
                deadline.setCellValue(r.deadline());
                deadline.setCellStyle(date);
                row.createCell(14).setCellValue(r.priority().label());
                row.createCell(15).setCellValue(r.status().label());
                row.createCell(16).setCellValue(r.flag().label());
            });
            wb.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            wb.dispose();
            try {
                wb.close();
            } catch (IOException ignored) {
                // the temp files are already deleted
            }
        }
    }
}
