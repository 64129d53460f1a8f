package cn.qinglian.portal.bench;

import cn.qinglian.portal.cadre.IdCardNumber;
import cn.qinglian.portal.cadre.Position;
import cn.qinglian.portal.cadre.RosterColumn;
import cn.qinglian.portal.cadre.RosterTemplate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;

/**
 * A filled-in roster as a township office would upload it: the template's sheet and headers, text
 * cells for ID numbers and mobiles, real dates, one or two posts per row, villages named the way
 * the template's drop-down names them. Every cadre is new: the ID numbers (region 440303, which
 * the dataset never uses) are numbered by {@code first}, so each file adds other cadres.
 */
final class RosterFile {

    private static final List<Position> POSTS = List.of(Position.values());
    private static final List<String> EDUCATION = List.of("初中", "高中", "中专", "大专", "本科");

    private RosterFile() {
    }

    /** {@code villages}: labels as the template lists them; cadres {@code first} … {@code first + rows - 1}. */
    static byte[] xlsx(List<String> villages, int first, int rows) {
        Random random = new Random(first);
        // streamed, with a shared strings table as Excel writes it: building 10,000 rows in memory takes seconds
        SXSSFWorkbook wb = new SXSSFWorkbook(new XSSFWorkbook(), 1000, false, true);
        try (wb; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(RosterTemplate.SHEET);
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            Row head = sheet.createRow(0);
            for (RosterColumn c : RosterColumn.values()) {
                head.createCell(c.ordinal()).setCellValue(c.header());
            }
            for (int i = 0; i < rows; i++) {
                Row row = sheet.createRow(i + 1);
                int n = first + i;
                LocalDate born = LocalDate.of(1965, 1, 1).plusDays(n / 1000 * 7L);
                String id = IdCardNumber.withCheckCharacter("440303" + born.format(DateTimeFormatter.BASIC_ISO_DATE)
                        + "%03d".formatted(n % 1000));
                boolean party = random.nextInt(4) > 0;
                text(row, RosterColumn.VILLAGE, villages.get(n % villages.size()));
                text(row, RosterColumn.NAME, DatasetGenerator.displayName(random));
                text(row, RosterColumn.ID_NUMBER, id);
                text(row, RosterColumn.MOBILE, "13%09d".formatted(n));
                text(row, RosterColumn.PARTY_MEMBER, party ? "是" : "否");
                if (party) {
                    date(row, RosterColumn.PARTY_JOINED_ON, born.plusYears(22), date);
                }
                text(row, RosterColumn.EDUCATION, EDUCATION.get(random.nextInt(EDUCATION.size())));
                text(row, RosterColumn.STATUS, "在任");
                Position post = POSTS.get(n % POSTS.size());
                term(row, 1, post, date);
                if (post != Position.GRID_WORKER && random.nextInt(10) < 3) {
                    term(row, 2, Position.GRID_WORKER, date);
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            wb.dispose(); // its temporary sheet files
        }
    }

    private static void term(Row row, int k, Position post, CellStyle date) {
        text(row, RosterColumn.position(k), post.label());
        date(row, RosterColumn.startedOn(k), LocalDate.of(2021, 1, 15), date);
        date(row, RosterColumn.endedOn(k), LocalDate.of(2026, 12, 31), date);
    }

    private static void text(Row row, RosterColumn column, String value) {
        row.createCell(column.ordinal()).setCellValue(value);
    }

    private static void date(Row row, RosterColumn column, LocalDate value, CellStyle style) {
        var cell = row.createCell(column.ordinal());
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }
}
