package cn.qinglian.portal.cadre;

import cn.qinglian.portal.base.ImportResult;
import cn.qinglian.portal.IntegrationTest;
import cn.qinglian.portal.security.Role;
import cn.qinglian.portal.security.ScopeKind;
import cn.qinglian.portal.security.SecurityFixture;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static cn.qinglian.portal.cadre.RosterImportTest.HEADERS;
import static cn.qinglian.portal.cadre.RosterImportTest.cadre;
import static cn.qinglian.portal.cadre.RosterImportTest.idNumber;
import static cn.qinglian.portal.cadre.RosterImportTest.with;
import static cn.qinglian.portal.cadre.RosterImportTest.workbook;
import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
@Import(SecurityFixture.class)
class CadreExportTest {

    private static final String MASKED_ID = "\\d{4}\\*{10}[\\dX]{4}";
    private static final String MASKED_MOBILE = "\\d{3}\\*{4}\\d{4}";

    @Autowired SecurityFixture fixture;
    @Autowired RosterImport rosterImport;
    @Autowired CadreExport export;

    String east;
    String west;
    long eastId;
    String wang;
    String li;

    @BeforeEach
    void setUp() {
        east = "东村" + System.nanoTime();
        west = "西村" + System.nanoTime();
        eastId = fixture.village(east);
        fixture.village(west);
        wang = idNumber();
        li = idNumber();
        String discipline = fixture.user(Role.DISCIPLINE, ScopeKind.TOWNSHIP, fixture.township());
        ImportResult imported = fixture.as(discipline, () -> rosterImport.run(workbook(HEADERS, List.of(
                with(with(cadre(east, "王堃", wang), RosterColumn.MOBILE, "13812345678"), RosterColumn.PARTY_MEMBER, "是"),
                cadre(east, "赵一", idNumber()),
                with(cadre(west, "李喆", li), RosterColumn.MOBILE, "13987654321"))), "名单.xlsx"));
        assertThat(imported.created()).isEqualTo(3);
    }

    @Test
    void disciplineExportsFullNumbersAndRareCharactersRoundTrip() {
        String discipline = fixture.user(Role.DISCIPLINE, ScopeKind.TOWNSHIP, fixture.township());
        List<Map<String, String>> rows = exported(discipline, CadreFilter.ALL.withVillage(eastId));

        assertThat(rows).extracting(r -> r.get("姓名")).containsExactlyInAnyOrder("王堃", "赵一");
        Map<String, String> first = rows.stream().filter(r -> r.get("姓名").equals("王堃")).findFirst().orElseThrow();
        assertThat(first).containsEntry("身份证号", wang).containsEntry("手机号", "13812345678")
                .containsEntry("村居", east).containsEntry("现任职务", "党组织委员").containsEntry("状态", "在任")
                .containsEntry("廉情评估", "绿").containsEntry("是否党员", "是").containsEntry("学历", "高中")
                .containsEntry("性别", IdCardNumber.genderOf(wang).label())
                .containsEntry("出生日期", IdCardNumber.birthDateOf(wang).orElseThrow().toString())
                .containsEntry("最近任期届满", "");
        assertThat(exported(discipline, CadreFilter.ALL.withName("李喆")))
                .anySatisfy(r -> assertThat(r).containsEntry("身份证号", li).containsEntry("村居", west));
    }

    @Test
    void aVillageUserExportsOnlyTheirVillageWithMaskedNumbers() {
        String villageUser = fixture.user(Role.VILLAGE, ScopeKind.VILLAGE, eastId);
        List<Map<String, String>> rows = exported(villageUser, CadreFilter.ALL);

        assertThat(rows).extracting(r -> r.get("姓名")).containsExactlyInAnyOrder("王堃", "赵一");
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.get("村居")).isEqualTo(east);
            assertThat(r.get("身份证号")).matches(MASKED_ID);
        });
        assertThat(rows).filteredOn(r -> r.get("姓名").equals("王堃")).singleElement()
                .satisfies(r -> assertThat(r).containsEntry("身份证号", wang.substring(0, 4) + "**********" + wang.substring(14))
                .containsEntry("手机号", "138****5678"));
    }

    @Test
    void leadersAndOfficesSeeTheTownshipMasked() {
        for (Role role : List.of(Role.LEADER, Role.OFFICE)) {
            String user = role == Role.OFFICE
                    ? fixture.user(role, ScopeKind.OFFICE, fixture.office("镇农办"))
                    : fixture.user(role, ScopeKind.TOWNSHIP, fixture.township());
            List<Map<String, String>> rows = exported(user, CadreFilter.ALL.withName("李喆"));
            assertThat(rows).anySatisfy(r -> assertThat(r).containsEntry("村居", west)
                    .containsEntry("手机号", "139****4321"));
            assertThat(rows).allSatisfy(r -> assertThat(r.get("身份证号")).matches(MASKED_ID));
            assertThat(rows).allSatisfy(r -> assertThat(r.get("手机号")).matches(MASKED_MOBILE + "|"));
        }
    }

    /** The export read back: one map of header to displayed text per row. */
    private List<Map<String, String>> exported(String user, CadreFilter filter) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fixture.as(user, () -> export.write(filter, out));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter text = new DataFormatter();
            Row header = sheet.getRow(0);
            List<String> headers = new ArrayList<>();
            header.forEach(c -> headers.add(c.getStringCellValue()));
            assertThat(headers).containsExactlyElementsOf(CadreExport.HEADERS);
            List<Map<String, String>> rows = new ArrayList<>();
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                Row row = sheet.getRow(i);
                Map<String, String> values = new LinkedHashMap<>();
                for (int c = 0; c < headers.size(); c++) {
                    values.put(headers.get(c), row.getCell(c) == null ? "" : text.formatCellValue(row.getCell(c)));
                }
                rows.add(values);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
