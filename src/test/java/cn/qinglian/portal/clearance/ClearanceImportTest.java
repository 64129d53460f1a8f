package cn.qinglian.portal.clearance;

import cn.qinglian.portal.base.ImportResult;
import cn.qinglian.portal.base.ImportProblem;
import cn.qinglian.portal.IntegrationTest;
import cn.qinglian.portal.base.PageQuery;
import cn.qinglian.portal.cadre.CadreFixture;
import cn.qinglian.portal.report.PdfTools;
import cn.qinglian.portal.security.SecurityFixture;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
@Import({SecurityFixture.class, CadreFixture.class, ClearanceFixture.class})
class ClearanceImportTest {

    @Autowired SecurityFixture security;
    @Autowired ClearanceFixture fixture;
    @Autowired ClearanceService service;
    @Autowired ClearanceImport importer;
    @Autowired ClearanceExport export;
    @Autowired ClearanceListReport report;

    String batch;
    String villageA;
    String villageB;
    long idA;

    @BeforeEach
    void villages() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        batch = "2026年区委第二轮巡察" + tag;
        villageA = "甲村" + tag;
        villageB = "乙村" + tag;
        idA = security.village(villageA);
        security.village(villageB);
    }

    /** A workbook with the template's headers and the given rows (cells in column order). */
    static byte[] workbook(List<List<Object>> rows) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("移交清单");
            Row header = sheet.createRow(0);
            for (ImportColumn c : ImportColumn.values()) {
                header.createCell(c.ordinal()).setCellValue(c.header() + (c.required() ? "*" : ""));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    Object v = cells.get(c);
                    if (v instanceof LocalDate d) {
                        var cell = row.createCell(c);
                        cell.setCellValue(d);
                        var style = wb.createCellStyle();
                        style.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
                        cell.setCellStyle(style);
                    } else if (v != null) {
                        row.createCell(c).setCellValue(v.toString());
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** 编号 清单类别 来源 批次 村居 关联问题编号 问题类别 事项名称 问题描述 整改措施 牵头单位 责任单位 责任人 整改期限 优先级 */
    List<Object> row(String code, String kind, String village, String parent, String title, Object deadline) {
        List<Object> r = new ArrayList<>(List.of(code, kind, "巡察移交", batch, village, parent, "三资管理", title,
                "巡察发现" + title, "限期整改", "镇纪检办", "镇农办、镇财政所", "王某、李某"));
        r.add(deadline);
        r.add("高");
        return r;
    }

    List<List<Object>> handOver() {
        LocalDate due = LocalDate.of(2026, 12, 31);
        return List.of(
                row("W-001", "问题清单", villageA, "", "集体资产租赁合同不规范", due),
                row("W-001-Z", "责任清单", villageA, "W-001", "村书记履行第一责任人职责", due),
                row("W-001-R", "任务清单", villageA, "W-001", "清理历年租赁合同", "2026/11/30"),
                row("W-002", "问题", "", "", "镇级资金拨付审核不严", due));
    }

    @Test
    void aHandOverListIsImportedOnceAndAgainChangesNothing() {
        byte[] file = workbook(handOver());
        ImportResult first = security.as(fixture.discipline(), () -> importer.run(file, "移交清单.xlsx"));
        assertThat(first.stored()).as(String.valueOf(first)).isTrue();
        assertThat(first.created()).isEqualTo(4);
        ImportResult again = security.as(fixture.discipline(), () -> importer.run(file, "移交清单.xlsx"));
        assertThat(again.created()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(4);

        security.as(fixture.discipline(), () -> {
            List<ClearanceRow> rows = service.list(ClearanceFilter.ALL.withBatch(batch), PageQuery.first(10).sortedBy("code", true));
            assertThat(rows).extracting(ClearanceRow::code).containsExactly("W-001", "W-001-R", "W-001-Z", "W-002");
            ClearanceRow problem = rows.getFirst();
            assertThat(problem.leadOffices()).isEqualTo("镇纪检办");
            assertThat(problem.sharedOffices()).isEqualTo("镇农办、镇财政所");
            assertThat(problem.people()).isEqualTo("王某、李某");
            assertThat(rows.get(1).deadline()).isEqualTo(LocalDate.of(2026, 11, 30));
            assertThat(rows.get(3).villageId()).isNull();
            assertThat(service.detail(problem.id()).orElseThrow().linked()).extracting(ClearanceRow::code)
                    .containsExactlyInAnyOrder("W-001-Z", "W-001-R");
        });

        // a corrected file updates what changed and leaves the rest
        List<List<Object>> corrected = new ArrayList<>(handOver());
        corrected.set(3, row("W-002", "问题", "", "", "镇级资金拨付审核不严", LocalDate.of(2027, 1, 31)));
        ImportResult third = security.as(fixture.discipline(), () -> importer.run(workbook(corrected), "更正.xlsx"));
        assertThat(third.updated()).isEqualTo(1);
        assertThat(third.unchanged()).isEqualTo(3);
    }

    @Test
    void everyBadRowIsReportedAndNothingIsStored() {
        LocalDate due = LocalDate.of(2026, 12, 31);
        List<List<Object>> rows = new ArrayList<>(handOver());
        rows.add(row("W-003", "问题清单", "不存在村", "", "村居不存在", due));
        rows.add(row("W-004", "问题清单", villageB, "", "", "明年"));
        rows.add(row("W-001", "问题清单", villageB, "", "编号重复", due));
        rows.add(row("W-005", "任务清单", villageB, "W-001-Z", "挂在责任下", due));
        List<Object> badOffice = row("W-006", "建议清单", villageB, "", "科室不存在", due);
        badOffice.set(10, "镇宣传部");
        rows.add(badOffice);
        ImportResult result = security.as(fixture.discipline(), () -> importer.run(workbook(rows), "有误.xlsx"));
        assertThat(result.stored()).isFalse();
        assertThat(result.problems()).contains(
                new ImportProblem(6, "村居", "村居「不存在村」不存在或不在您的管理范围内（镇级事项请留空）"),
                new ImportProblem(7, "事项名称", "请填写事项名称"),
                new ImportProblem(7, "整改期限", "整改期限不是有效日期（如 2026-06-30）"),
                new ImportProblem(8, "编号", "与第2行的批次和编号重复"),
                new ImportProblem(9, "关联问题编号", "关联的「W-001-Z」不是问题清单事项"),
                new ImportProblem(10, "清单类别", "清单类别应为问题清单、责任清单或任务清单"),
                new ImportProblem(10, "牵头单位", "科室「镇宣传部」不存在（请按科室名称填写，如：镇纪检办）"));
        assertThat(security.as(fixture.discipline(), () -> service.count(ClearanceFilter.ALL.withBatch(batch)))).isZero();
    }

    @Test
    void filesThatAreNoHandOverListAreRefusedAndOnlyManagersImport() {
        ImportResult notExcel = security.as(fixture.discipline(), () -> importer.run("名单".getBytes(), "x.xlsx"));
        assertThat(notExcel.refusal()).isEqualTo(ClearanceImport.NOT_XLSX);
        byte[] noHeaders;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet("x").createRow(0).createCell(0).setCellValue("编号");
            wb.write(out);
            noHeaders = out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] file = noHeaders;
        assertThat(security.as(fixture.discipline(), () -> importer.run(file, "x.xlsx")).refusal())
                .startsWith("缺少必需的列：清单类别、来源、批次、村居、事项名称、牵头单位、整改期限");
        String clerk = fixture.villageUser(idA);
        assertThatThrownBy(() -> security.as(clerk, () -> importer.run(workbook(handOver()), "x.xlsx")))
                .isInstanceOf(AccessDeniedException.class);
        byte[] template = security.as(fixture.discipline(), () -> importer.template());
        // the template itself, filled with the rows, imports
        assertThat(template.length).isPositive();
    }

    @Test
    void theExportAndThePrintHoldExactlyTheReadersRows() throws Exception {
        security.as(fixture.discipline(), () -> importer.run(workbook(handOver()), "移交清单.xlsx"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String clerk = fixture.villageUser(idA);
        security.as(clerk, () -> export.write(ClearanceFilter.ALL.withBatch(batch), out));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("编号");
            List<String> codes = new ArrayList<>();
            for (int r = 1; r <= 3; r++) {
                codes.add(sheet.getRow(r).getCell(0).getStringCellValue());
            }
            assertThat(codes).containsExactlyInAnyOrder("W-001", "W-001-Z", "W-001-R");
        }
        // the export re-imports unchanged
        ImportResult back = security.as(fixture.discipline(), () -> importer.run(out.toByteArray(), "导出.xlsx"));
        assertThat(back.unchanged()).as(String.valueOf(back)).isEqualTo(3);

        byte[] pdf = security.as(fixture.discipline(), () -> report.pdf(ClearanceFilter.ALL.withBatch(batch)));
        Path file = PdfTools.write("clearance-list", pdf);
        PdfTools.preview(file);
        assertThat(PdfTools.text(file).replaceAll("\\s", "")).contains("清单事项一览表", "集体资产租赁合同不规范",
                "镇级资金拨付审核不严", "共4项", "2026-11-30");
        PdfTools.assertFontsEmbedded(file);
    }

    @Test
    void aLongPrintRepeatsTheHeaderRowAndNumbersItsPages() throws Exception {
        List<List<Object>> many = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            many.add(row(String.format("L-%03d", i), "问题清单", villageA, "", "问题" + i, LocalDate.of(2026, 12, 31)));
        }
        security.as(fixture.discipline(), () -> importer.run(workbook(many), "长清单.xlsx"));
        Path file = PdfTools.write("clearance-list-long",
                security.as(fixture.discipline(), () -> report.pdf(ClearanceFilter.ALL.withBatch(batch))));
        int pages = PdfTools.pages(file);
        assertThat(pages).isGreaterThan(1);
        for (int page = 1; page <= pages; page++) {
            assertThat(PdfTools.text(file, page).replaceAll("\\s", "")).as("page %d", page)
                    .contains("序号", "事项名称", "整改期限", "状态", "第" + page + "页共" + pages + "页");
        }
    }
}
