package cn.qinglian.portal.bench;

import cn.qinglian.portal.base.ImportResult;
import cn.qinglian.portal.clearance.ClearanceImport;
import cn.qinglian.portal.clearance.ImportColumn;
import cn.qinglian.portal.security.SecurityFixture;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code items_import_5k_ms}: a 5,000-row hand-over list imported by a township DISCIPLINE clerk:
 * read, every row checked, stored in one transaction with offices, people, timeline and audit. Each
 * file is a new batch (built before the clock starts).
 */
final class ItemsImport5k implements Measure {

    static final int ROWS = 5_000;

    @Override
    public void run(BenchEnv env, Figures figures) {
        ConfigurableApplicationContext app = env.app();
        String clerk = ClearanceBench.disciplineClerk(app);
        long township = ClearanceBench.township(app);
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        List<String> villages = jdbc.queryForList("SELECT name FROM village WHERE township_id = ? AND active ORDER BY sort_order",
                String.class, township);
        int runs = Math.max(3, env.runs());
        List<byte[]> files = new ArrayList<>();
        for (int i = 0; i < 1 + runs; i++) {
            files.add(file("基准导入批次" + i, villages));
        }
        ClearanceImport importer = app.getBean(ClearanceImport.class);
        List<Double> samples = app.getBean(SecurityFixture.class).as(clerk, () -> Timing.samples(1, runs, i -> {
            ImportResult result = importer.run(files.get(i), "移交清单-" + i + ".xlsx");
            if (!result.stored() || result.created() != ROWS) {
                throw new IllegalStateException("import " + i + " did not create " + ROWS + " items: " + result.refusal()
                        + " " + result.problems().stream().limit(5).toList());
            }
        }));
        figures.putMedian("items_import_5k_ms", samples);
    }

    static byte[] file(String batch, List<String> villages) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("移交清单");
            Row header = sheet.createRow(0);
            for (ImportColumn c : ImportColumn.values()) {
                header.createCell(c.ordinal()).setCellValue(c.header());
            }
            for (int r = 1; r <= ROWS; r++) {
                Row row = sheet.createRow(r);
                boolean problem = r % 3 == 1;
                String[] cells = {"D" + r, problem ? "问题清单" : "任务清单", "巡察移交", batch,
                        villages.get(r % villages.size()), problem ? "" : "D" + (r - (r - 1) % 3), "三资管理",
                        "导入事项" + r, "巡察发现的问题" + r, "限期整改", "镇纪检办", "镇农办", "张三、李四", "2027-06-30", "中"};
                for (int c = 0; c < cells.length; c++) {
                    row.createCell(c).setCellValue(cells[c]);
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
