package cn.qinglian.portal.cadre;

import cn.qinglian.portal.base.ImportResult;
import cn.qinglian.portal.base.ImportProblem;
import cn.qinglian.portal.IntegrationTest;
import cn.qinglian.portal.security.Role;
import cn.qinglian.portal.security.ScopeKind;
import cn.qinglian.portal.security.SecurityFixture;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

@IntegrationTest
@Import(SecurityFixture.class)
class RosterImportTest {

    static final List<String> HEADERS = Arrays.stream(RosterColumn.values()).map(RosterColumn::header).toList();
    // ID numbers are unique in the database that all tests of a context share
    private static final AtomicInteger SEQUENCE = new AtomicInteger(ThreadLocalRandom.current().nextInt(1_000_000));

    @Autowired SecurityFixture fixture;
    @Autowired RosterImport rosterImport;
    @Autowired CadreService cadres;
    @Autowired JdbcClient jdbc;

    String village;
    long villageId;
    String discipline;

    @BeforeEach
    void setUp() {
        village = "导入村" + System.nanoTime();
        villageId = fixture.village(village);
        discipline = fixture.user(Role.DISCIPLINE, ScopeKind.TOWNSHIP, fixture.township());
    }

    @Test
    void mixedGoodAndBadRowsStoreNothingAndReportEveryBadRow() {
        String good = idNumber();
        String twice = idNumber();
        String badCheck = good.substring(0, 17) + (good.charAt(17) == '0' ? '1' : '0');
        byte[] file = workbook(HEADERS, List.of(
                cadre(village, "张三", good),
                cadre("不存在村", "李四", idNumber()),
                cadre(village, "王五", badCheck),
                with(cadre(village, "赵六", idNumber()), RosterColumn.POSITION_1, "村长"),
                with(cadre(village, "钱七", idNumber()), RosterColumn.STARTED_ON_1, "2021-13-45"),
                cadre(village, "孙八", twice),
                with(with(cadre(village, "", idNumber()), RosterColumn.MOBILE, "12345"),
                        RosterColumn.ENDED_ON_1, LocalDate.of(2020, 1, 1)),
                List.of(),
                with(with(cadre(village, "周九", twice), RosterColumn.PARTY_MEMBER, "党员"),
                        RosterColumn.STATUS, "退休"),
                with(with(cadre(village, "吴十", idNumber()), RosterColumn.POSITION_2, ""),
                        RosterColumn.STARTED_ON_2, "2022/1/5")));

        ImportResult result = fixture.as(discipline, () -> rosterImport.run(file, "名单.xlsx"));

        assertThat(result.stored()).isFalse();
        assertThat(result.refusal()).isNull();
        assertThat(result.rows()).isEqualTo(9);
        assertThat(result.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::reason)
                .containsExactly(
                        tuple(3, "村居", "村居“不存在村”不存在或不在您的管理范围内"),
                        tuple(4, "身份证号", "身份证号校验位不正确"),
                        tuple(5, "职务1", "未知的职务“村长”，请从下拉列表中选择"),
                        tuple(6, "任职开始1", "无法识别的日期，请填写如 2026-01-05 的日期"),
                        tuple(8, "姓名", "请输入姓名"),
                        tuple(8, "手机号", "手机号应为11位数字，以13–19开头"),
                        tuple(8, "任职结束1", "任职结束日期不能早于开始日期"),
                        tuple(10, "身份证号", "与第7行的身份证号重复"),
                        tuple(10, "是否党员", "是否党员应填写“是”或“否”"),
                        tuple(10, "状态", "状态应填写“在任”或“离任”"),
                        tuple(11, "职务2", "请选择职务"));
        assertThat(stored(good, twice)).isZero();
    }

    @Test
    void reimportingTheSameFileChangesNothing() {
        String a = idNumber();
        String b = idNumber();
        String c = idNumber();
        // dates as real Excel dates and as the three text forms; a mobile typed as a number
        byte[] file = workbook(HEADERS, List.of(
                with(cadre(village, "王堃", a), RosterColumn.MOBILE, 13812345678d),
                with(with(cadre(village, "李喆", b), RosterColumn.STARTED_ON_1, "2021/1/5"),
                        RosterColumn.ENDED_ON_1, "2026年1月4日"),
                with(with(with(with(cadre(village, "陈　𠮷", c), RosterColumn.PARTY_MEMBER, "是"),
                        RosterColumn.PARTY_JOINED_ON, "2010-07-01"), RosterColumn.POSITION_2, "网格员"),
                        RosterColumn.STARTED_ON_2, "2023.3.1")));

        ImportResult first = fixture.as(discipline, () -> rosterImport.run(file, "名单.xlsx"));
        assertThat(first.problems()).isEmpty();
        assertThat(first).extracting(ImportResult::created, ImportResult::updated,
                ImportResult::unchanged).containsExactly(3, 0, 0);
        int audited = cadreAuditEntries();

        ImportResult again = fixture.as(discipline,
                () -> rosterImport.run(new ByteArrayInputStream(file), "名单.xlsx", file.length));
        assertThat(again.stored()).isTrue();
        assertThat(again).extracting(ImportResult::created, ImportResult::updated,
                ImportResult::unchanged).containsExactly(0, 0, 3);
        assertThat(cadreAuditEntries()).isEqualTo(audited);

        assertThat(jdbc.sql("SELECT name FROM cadre WHERE id_number IN (:ids) ORDER BY name")
                .param("ids", List.of(a, b, c)).query(String.class).list())
                .containsExactlyInAnyOrder("王堃", "李喆", "陈　𠮷");
        assertThat(jdbc.sql("SELECT mobile FROM cadre WHERE id_number = :id").param("id", a).query(String.class).single())
                .isEqualTo("13812345678");
        assertThat(jdbc.sql("""
                        SELECT p.started_on, p.ended_on FROM cadre_position p JOIN cadre c ON c.id = p.cadre
                        WHERE c.id_number = :id""").param("id", b)
                .query((rs, i) -> List.of(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class))).single())
                .containsExactly(LocalDate.of(2021, 1, 5), LocalDate.of(2026, 1, 4));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM cadre_position p JOIN cadre c ON c.id = p.cadre WHERE c.id_number = :id")
                .param("id", c).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void anUpdatedFileUpdatesByIdNumber() {
        String a = idNumber();
        String b = idNumber();
        fixture.as(discipline, () -> rosterImport.run(workbook(HEADERS, List.of(cadre(village, "王堃", a),
                cadre(village, "李喆", b))), "名单.xlsx"));

        byte[] changed = workbook(HEADERS, List.of(
                with(with(cadre(village, "王堃", a), RosterColumn.MOBILE, "13900001111"), RosterColumn.STATUS, "离任"),
                cadre(village, "李喆", b)));
        ImportResult result = fixture.as(discipline, () -> rosterImport.run(changed, "名单.xlsx"));

        assertThat(result).extracting(ImportResult::created, ImportResult::updated,
                ImportResult::unchanged).containsExactly(0, 1, 1);
        assertThat(jdbc.sql("SELECT CONCAT(mobile, ' ', status) FROM cadre WHERE id_number = :id").param("id", a)
                .query(String.class).single()).isEqualTo("13900001111 LEFT");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM cadre WHERE id_number IN (:ids)").param("ids", List.of(a, b))
                .query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void filesThatAreNotUsableRostersAreRefusedWithAReason() throws IOException {
        byte[] csv = "村居,姓名,身份证号\n上塘村,张三,330102198001010011\n".getBytes(StandardCharsets.UTF_8);
        byte[] xls = new byte[512];
        System.arraycopy(new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                (byte) 0xE1}, 0, xls, 0, 8);
        byte[] exe = "MZ\u0090\u0000\u0003 This program cannot be run in DOS mode".getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("村居干部名单");
            doc.write(docx);
        }
        List<String> withoutMobileAndStatus = HEADERS.stream().filter(h -> !h.equals("手机号") && !h.equals("状态")).toList();

        assertThat(refusal(csv)).isEqualTo("文件不是 Excel 工作簿（.xlsx），请使用导入模板填写后上传");
        assertThat(refusal(exe)).isEqualTo("文件不是 Excel 工作簿（.xlsx），请使用导入模板填写后上传");
        assertThat(refusal(docx.toByteArray())).isEqualTo("文件不是 Excel 工作簿（.xlsx），请使用导入模板填写后上传");
        assertThat(refusal(Arrays.copyOf(workbook(HEADERS, List.of()), 300)))
                .isEqualTo("文件不是 Excel 工作簿（.xlsx），请使用导入模板填写后上传");
        assertThat(refusal(xls)).isEqualTo("不支持旧版 Excel（.xls）文件，请在 Excel 中另存为 .xlsx 后上传");
        assertThat(refusal(new byte[0])).isEqualTo("文件为空，请使用导入模板填写后上传");
        assertThat(refusal(workbook(HEADERS, List.of()))).isEqualTo("表格中没有干部数据：第1行为表头，请从第2行起填写");
        assertThat(refusal(workbook(List.of(), List.of()))).isEqualTo("表格中没有干部数据：第1行为表头，请从第2行起填写");
        assertThat(refusal(workbook(withoutMobileAndStatus, List.of(List.of(village, "张三", idNumber())))))
                .isEqualTo("缺少必需的列：手机号、状态");

        byte[] valid = workbook(HEADERS, List.of(cadre(village, "张三", idNumber())));
        assertThat(fixture.as(discipline, () -> rosterImport.run(new ByteArrayInputStream(valid), "名单.xlsx",
                11L * 1024 * 1024)).refusal()).isEqualTo("文件大小超过 10 MB，请拆分后分批导入");
        // the announced size may lie: the stream itself is cut at 10 MB
        InputStream huge = new InputStream() {
            long left = RosterImport.MAX_BYTES + 1;

            @Override
            public int read() {
                return left-- > 0 ? 'P' : -1;
            }
        };
        assertThat(fixture.as(discipline, () -> rosterImport.run(huge, "名单.xlsx", -1)).refusal())
                .isEqualTo("文件大小超过 10 MB，请拆分后分批导入");
    }

    @Test
    void aFilledInTemplateImports() throws IOException {
        byte[] template = fixture.as(discipline, () -> rosterImport.template());
        String id = idNumber();
        byte[] filled;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            fill(wb.getSheet(RosterTemplate.SHEET).createRow(1), cadre(village, "王堃", id), dateStyle(wb));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            filled = out.toByteArray();
        }
        ImportResult result = fixture.as(discipline, () -> rosterImport.run(filled, RosterTemplate.FILE_NAME));
        assertThat(result.problems()).isEmpty();
        assertThat(result.created()).isEqualTo(1);
    }

    @Test
    void theTemplateHasTheHeadersAndDropDownLists() throws IOException {
        byte[] template = fixture.as(discipline, () -> rosterImport.template());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("干部名单");
            Row header = sheet.getRow(0);
            assertThat(Stream.iterate(0, i -> i < header.getLastCellNum(), i -> i + 1)
                    .map(i -> header.getCell(i).getStringCellValue()).toList()).containsExactly(
                    "村居", "姓名", "身份证号", "手机号", "是否党员", "入党日期", "学历", "状态", "职务1", "任职开始1",
                    "任职结束1", "职务2", "任职开始2", "任职结束2", "职务3", "任职开始3", "任职结束3");

            Sheet lists = wb.getSheet("下拉选项");
            assertThat(wb.isSheetHidden(wb.getSheetIndex(lists))).isTrue();
            List<String> villages = new ArrayList<>();
            lists.forEach(r -> {
                if (r.getCell(0) != null) {
                    villages.add(r.getCell(0).getStringCellValue());
                }
            });
            assertThat(villages).contains(village);
            List<String> positions = new ArrayList<>();
            lists.forEach(r -> {
                if (r.getCell(1) != null) {
                    positions.add(r.getCell(1).getStringCellValue());
                }
            });
            assertThat(positions).containsExactlyElementsOf(Arrays.stream(Position.values()).map(Position::label).toList());

            List<? extends DataValidation> validations = sheet.getDataValidations();
            assertThat(constraint(validations, 0).getFormula1()).isEqualTo("'下拉选项'!$A$1:$A$" + villages.size());
            for (int column : new int[]{8, 11, 14}) {
                assertThat(constraint(validations, column).getFormula1())
                        .isEqualTo("'下拉选项'!$B$1:$B$" + Position.values().length);
            }
            assertThat(constraint(validations, 4).getExplicitListValues()).containsExactly("是", "否");
            assertThat(constraint(validations, 7).getExplicitListValues()).containsExactly("在任", "离任");
            assertThat(validations).allSatisfy(v -> {
                assertThat(v.getValidationConstraint().getValidationType())
                        .isEqualTo(DataValidationConstraint.ValidationType.LIST);
                assertThat(v.getShowErrorBox()).isTrue();
                assertThat(v.getRegions().getCellRangeAddress(0).getFirstRow()).isEqualTo(1);
            });
        }
    }

    @Test
    void aVillageOutsideTheImportersScopeIsReported() {
        String other = "邻村" + System.nanoTime();
        fixture.village(other);
        // an editing role confined to one village: other villages are outside its scope
        String villageEditor = fixture.user(Role.PARTY_OFFICE, ScopeKind.VILLAGE, villageId);
        String mine = idNumber();
        ImportResult result = fixture.as(villageEditor, () -> rosterImport.run(workbook(HEADERS, List.of(
                cadre(village, "张三", mine), cadre(other, "李四", idNumber()))), "名单.xlsx"));
        assertThat(result.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::reason)
                .containsExactly(tuple(3, "村居", "村居“" + other + "”不存在或不在您的管理范围内"));

        // an ID number already registered in a village the importer may not edit
        String outsider = idNumber();
        fixture.as(discipline, () -> rosterImport.run(workbook(HEADERS, List.of(cadre(other, "王五", outsider))), "a.xlsx"));
        ImportResult taken = fixture.as(villageEditor, () -> rosterImport.run(workbook(HEADERS, List.of(
                cadre(village, "王五", outsider))), "名单.xlsx"));
        assertThat(taken.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::reason)
                .containsExactly(tuple(2, "身份证号", "该身份证号已登记在您管理范围以外的村居"));
        assertThat(stored(mine)).isZero();
    }

    @Test
    void onlyTheDisciplineAndPartyOfficesImport() {
        String villageUser = fixture.user(Role.VILLAGE, ScopeKind.VILLAGE, villageId);
        String leader = fixture.user(Role.LEADER, ScopeKind.TOWNSHIP, fixture.township());
        String partyOffice = fixture.user(Role.PARTY_OFFICE, ScopeKind.TOWNSHIP, fixture.township());
        String id = idNumber();
        byte[] file = workbook(HEADERS, List.of(cadre(village, "张三", id)));

        for (String user : List.of(villageUser, leader)) {
            assertThatThrownBy(() -> fixture.as(user, () -> rosterImport.run(file, "名单.xlsx")))
                    .isInstanceOf(AccessDeniedException.class).hasMessage("只有镇纪检办、镇党建办可以导入干部名单");
            assertThatThrownBy(() -> fixture.as(user, () -> rosterImport.run(new ByteArrayInputStream(file), "名单.xlsx",
                    file.length))).isInstanceOf(AccessDeniedException.class);
            // the service refuses too, whoever calls it
            CadreDraft draft = new CadreDraft();
            draft.setIdNumber(id);
            assertThatThrownBy(() -> fixture.as(user, () -> cadres.saveAll(List.of(draft))))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(stored(id)).isZero();
        assertThat(fixture.as(partyOffice, () -> rosterImport.run(file, "名单.xlsx")).created()).isEqualTo(1);
    }

    // ---- helpers, shared with CadreExportTest ----

    /** A valid GB 11643 number: region 330102, a birth date in 1960–1980 and a sequence unique in this JVM. */
    static String idNumber() {
        int n = SEQUENCE.incrementAndGet();
        LocalDate born = LocalDate.of(1960, 1, 1).plusDays(n / 1000 % 7300);
        String body = "330102" + born.toString().replace("-", "") + String.format("%03d", n % 1000);
        return body + IdCardNumber.checkCharacter(body);
    }

    /** A complete valid row: serving, one post (党组织委员 since 2021-01-05). */
    static List<Object> cadre(String village, String name, String idNumber) {
        return new ArrayList<>(List.of(village, name, idNumber, "", "否", "", "高中", "在任", "党组织委员",
                LocalDate.of(2021, 1, 5), ""));
    }

    static List<Object> with(List<Object> row, RosterColumn column, Object value) {
        List<Object> copy = new ArrayList<>(row);
        while (copy.size() <= column.ordinal()) {
            copy.add("");
        }
        copy.set(column.ordinal(), value);
        return copy;
    }

    /** A workbook as Excel would save it: text cells, numeric cells, and dates as numbers with a date format. */
    static byte[] workbook(List<String> headers, List<List<Object>> rows) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("干部名单");
            CellStyle date = dateStyle(wb);
            if (!headers.isEmpty()) {
                fill(sheet.createRow(0), headers, date);
            }
            for (int i = 0; i < rows.size(); i++) {
                fill(sheet.createRow(i + 1), rows.get(i), date);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CellStyle dateStyle(Workbook wb) {
        CellStyle date = wb.createCellStyle();
        date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
        return date;
    }

    private static void fill(Row row, List<?> values, CellStyle date) {
        for (int c = 0; c < values.size(); c++) {
            Object v = values.get(c);
            switch (v) {
                case LocalDate d -> {
                    var cell = row.createCell(c);
                    cell.setCellValue(d);
                    cell.setCellStyle(date);
                }
                case Double d -> row.createCell(c).setCellValue(d);
                case String s when !s.isEmpty() -> row.createCell(c).setCellValue(s);
                default -> { }
            }
        }
    }

    private String refusal(byte[] file) {
        ImportResult result = fixture.as(discipline, () -> rosterImport.run(file, "名单.xlsx"));
        assertThat(result.stored()).isFalse();
        assertThat(result.problems()).isEmpty();
        return result.refusal();
    }

    private int stored(String... idNumbers) {
        return jdbc.sql("SELECT COUNT(*) FROM cadre WHERE id_number IN (:ids)").param("ids", List.of(idNumbers))
                .query(Integer.class).single();
    }

    private int cadreAuditEntries() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE entity = 'cadre'").query(Integer.class).single();
    }

    private static DataValidationConstraint constraint(List<? extends DataValidation> validations, int column) {
        return validations.stream().filter(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn() == column)
                .findFirst().orElseThrow().getValidationConstraint();
    }
}
