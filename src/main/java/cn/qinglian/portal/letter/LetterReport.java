package cn.qinglian.portal.letter;

import cn.qinglian.portal.report.ReportRenderer;
import cn.qinglian.portal.report.ReportRequest;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The printed documents of commitment letters: the 廉洁承诺书 itself as PDF (template
 * reports/letter/commitment-letter.jrxml), one or a batch in one file, and a year's summary table as PDF
 * (reports/letter/letter-summary.jrxml) or xlsx.
 *
 * <p>A letter is meant to fit on one sheet: the body's font size and line pitch are chosen here from the
 * roomiest of a few settings (三号 on a 28 pt grid down to 13 pt on 16 pt) under which the estimated height
 * of the text fits the page; a letter too long even for the tightest setting is printed roomy on two pages.
 */
@Component
public class LetterReport {

    static final String LETTER = "letter/commitment-letter";
    static final String SUMMARY = "letter/letter-summary";

    /** Column headers of the summary table (PDF and xlsx). */
    public static final List<String> HEADERS = List.of("序号", "村居", "姓名", "职务", "状态", "签订日期", "公示日期",
            "公示地点", "践诺评议");

    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    // the page of commitment-letter.jrxml: A4, margins 30 / 26 / 25 / 28 mm (top, right, bottom, left)
    static final double TEXT_WIDTH = 442;
    static final double TEXT_HEIGHT = 842 - 85 - 71;
    // heights fixed by the template: the title's font and line pitch, the gap below it, the signature block
    static final double TITLE_SIZE = 20;
    static final double TITLE_PITCH = 29;
    static final double TITLE_GAP = 14;
    static final double SIGNATURE_HEIGHT = 24 + 124;
    /** A little room for what the estimate cannot know (font metrics, rounding). */
    static final double SLACK = 6;

    /** Body font size and line pitch (pt), roomiest first. */
    record Layout(int size, double pitch) {
    }

    static final List<Layout> LAYOUTS = List.of(new Layout(16, 28), new Layout(16, 26), new Layout(16, 24),
            new Layout(15, 23), new Layout(15, 21.5), new Layout(14, 20), new Layout(14, 18.5),
            new Layout(14, 17.5), new Layout(13, 17), new Layout(13, 16));
    /** For a letter that needs two pages anyway. */
    static final Layout OVERFLOW = new Layout(15, 24);

    private final ReportRenderer renderer;

    public LetterReport(ReportRenderer renderer) {
        this.renderer = renderer;
    }

    /** One letter as PDF. */
    public byte[] pdf(LetterPrint letter) {
        return renderer.pdf(request(letter));
    }

    /** All letters in one PDF, in the given order, each from a new page; progress hears (letters done, total). */
    public byte[] batchPdf(List<LetterPrint> letters, BiConsumer<Integer, Integer> progress) {
        return renderer.pdf(letters.stream().map(LetterReport::request).toList(), progress);
    }

    /** The summary table as a landscape PDF; the header repeats on every page. */
    public byte[] summaryPdf(LetterSummary summary) {
        Map<String, Object> p = new HashMap<>();
        p.put("title", summary.title());
        p.put("township", summary.township());
        p.put("printedAt", summary.printedAt());
        p.put("printedBy", summary.printedBy());
        p.put("count", String.valueOf(summary.rows().size()));
        p.put("noRows", summary.rows().isEmpty());
        return renderer.pdf(new ReportRequest(SUMMARY, p, summary.rows()));
    }

    /** The summary table as xlsx: title row, frozen bold header row, one row per letter. */
    public byte[] summaryXlsx(LetterSummary summary) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("承诺书汇总");
            Font plain = wb.createFont();
            plain.setFontName("宋体");
            plain.setFontHeightInPoints((short) 11);
            Font bold = wb.createFont();
            bold.setFontName("宋体");
            bold.setFontHeightInPoints((short) 11);
            bold.setBold(true);
            Font big = wb.createFont();
            big.setFontName("宋体");
            big.setFontHeightInPoints((short) 16);
            big.setBold(true);

            CellStyle titleStyle = wb.createCellStyle();
            titleStyle.setFont(big);
            titleStyle.setAlignment(HorizontalAlignment.CENTER);
            titleStyle.setVerticalAlignment(VerticalAlignment.CENTER);
            CellStyle head = bordered(wb.createCellStyle());
            head.setFont(bold);
            head.setAlignment(HorizontalAlignment.CENTER);
            CellStyle text = bordered(wb.createCellStyle());
            text.setFont(plain);
            text.setWrapText(true);
            CellStyle centred = bordered(wb.createCellStyle());
            centred.setFont(plain);
            centred.setAlignment(HorizontalAlignment.CENTER);

            int[] widths = {6, 18, 10, 24, 10, 14, 14, 22, 34};
            Row title = sheet.createRow(0);
            title.setHeightInPoints(30);
            Cell titleCell = title.createCell(0);
            titleCell.setCellValue(summary.title());
            titleCell.setCellStyle(titleStyle);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADERS.size() - 1));

            Row header = sheet.createRow(1);
            header.setHeightInPoints(20);
            for (int i = 0; i < HEADERS.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(HEADERS.get(i));
                cell.setCellStyle(head);
                sheet.setColumnWidth(i, 256 * widths[i]);
            }
            sheet.createFreezePane(0, 2);
            sheet.setRepeatingRows(new CellRangeAddress(1, 1, 0, HEADERS.size() - 1));
            sheet.getPrintSetup().setLandscape(true);
            sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);

            int next = 2;
            for (LetterSummary.Row r : summary.rows()) {
                Row row = sheet.createRow(next++);
                Cell number = row.createCell(0);
                number.setCellValue(r.number());
                number.setCellStyle(centred);
                String[] values = {r.village(), r.name(), r.position(), r.status(), r.signedOn(), r.publishedOn(),
                        r.publishedWhere(), r.evaluation()};
                for (int i = 0; i < values.length; i++) {
                    Cell cell = row.createCell(i + 1);
                    cell.setCellValue(values[i] == null ? "" : values[i]);
                    cell.setCellStyle(i == 3 || i == 4 || i == 5 ? centred : text);
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CellStyle bordered(CellStyle style) {
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        return style;
    }

    // ---- the letter ----

    static ReportRequest request(LetterPrint letter) {
        List<Pledge> pledges = pledges(letter.pledges());
        String title = balancedTitle(letter.title().strip());
        Layout layout = layout(title, letter, pledges);
        Map<String, Object> p = new HashMap<>();
        p.put("title", title);
        p.put("salutation", letter.salutation().strip());
        p.put("preamble", letter.preamble().strip());
        p.put("closing", letter.closing().strip());
        // templates have no "!" or method calls (reports/README.md): what shows is decided here
        p.put("hasSalutation", !letter.salutation().isBlank());
        p.put("hasPreamble", !letter.preamble().isBlank());
        p.put("hasClosing", !letter.closing().isBlank());
        p.put("signerName", letter.name().isBlank() ? "" : "（" + letter.name().strip() + "）");
        p.put("position", letter.position());
        p.put("village", letter.village());
        p.put("dateText", letter.dateText());
        p.put("bodySize", String.valueOf(layout.size()));
        p.put("bodyPitch", String.valueOf(layout.pitch()));
        p.put("bodyIndent", String.valueOf(2 * layout.size()));
        p.put("documentTitle", letter.title().strip());
        return new ReportRequest(LETTER, p, pledges);
    }

    /** 一、…  二、… : the pledges numbered, blank ones left out. */
    static List<Pledge> pledges(List<String> texts) {
        List<Pledge> pledges = new ArrayList<>(texts.size());
        for (String text : texts) {
            if (!text.isBlank()) {
                pledges.add(new Pledge(numeral(pledges.size() + 1) + "、" + text.strip()));
            }
        }
        return pledges;
    }

    /** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 23 → 二十三. */
    static String numeral(int n) {
        if (n <= 10) {
            return NUMERALS[n - 1];
        }
        if (n < 20) {
            return "十" + NUMERALS[n - 11];
        }
        if (n < 100) {
            return NUMERALS[n / 10 - 1] + "十" + (n % 10 == 0 ? "" : NUMERALS[n % 10 - 1]);
        }
        return String.valueOf(n);
    }

    /** The roomiest body setting under which the whole letter should fit one page. */
    static Layout layout(String title, LetterPrint letter, List<Pledge> pledges) {
        double fixed = lines(title, TITLE_SIZE, 0) * TITLE_PITCH + TITLE_GAP + SIGNATURE_HEIGHT + SLACK;
        for (Layout layout : LAYOUTS) {
            int lines = 0;
            if (!letter.salutation().isBlank()) {
                lines += lines(letter.salutation().strip(), layout.size(), 0);
            }
            if (!letter.preamble().isBlank()) {
                lines += lines(letter.preamble().strip(), layout.size(), 2);
            }
            for (Pledge pledge : pledges) {
                lines += lines(pledge.text(), layout.size(), 2);
            }
            if (!letter.closing().isBlank()) {
                lines += lines(letter.closing().strip(), layout.size(), 2);
            }
            if (fixed + lines * layout.pitch() <= TEXT_HEIGHT) {
                return layout;
            }
        }
        return OVERFLOW;
    }

    /**
     * Lines that {@code text} takes across the text width at {@code size} pt with a first-line indent of
     * {@code indent} characters: Chinese characters are a full em wide, Latin letters and digits about half;
     * no line starts with closing punctuation and none ends with opening punctuation (the break moves one
     * character back, as JasperReports' line breaking does).
     */
    static int lines(String text, double size, int indent) {
        double width = TEXT_WIDTH / size; // in em
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines++; // every paragraph starts a line, and its first line is indented
            double used = indent;
            int i = 0;
            while (i < paragraph.length()) {
                char c = paragraph.charAt(i);
                double w = em(c);
                if (used + w > width + 1e-6) {
                    // break before c; closing punctuation pulls the previous character along
                    boolean pull = CLOSING.indexOf(c) >= 0
                            || (i > 0 && OPENING.indexOf(paragraph.charAt(i - 1)) >= 0);
                    lines++;
                    used = pull && i > 0 ? em(paragraph.charAt(i - 1)) : 0;
                }
                used += w;
                i++;
            }
        }
        return lines;
    }

    private static final String CLOSING = "，。、；：？！）》」』”’〕】…,.;:?!)";
    private static final String OPENING = "（《「『“‘〔【(";

    private static double em(char c) {
        return c < 0x2E80 || (c >= 0xFF61 && c <= 0xFFDC) ? 0.55 : 1.0;
    }

    /**
     * A title longer than one line is broken where it reads best: before 廉洁 (or 承诺书) when both lines
     * then fit, else near the middle, so the second line is not a lonely word.
     */
    static String balancedTitle(String title) {
        double width = TEXT_WIDTH / TITLE_SIZE;
        if (title.contains("\n") || ems(title) <= width) {
            return title;
        }
        for (String word : List.of("廉洁", "承诺书")) {
            int at = title.indexOf(word);
            if (at > 0 && ems(title.substring(0, at)) <= width && ems(title.substring(at)) <= width) {
                return title.substring(0, at) + "\n" + title.substring(at);
            }
        }
        double half = ems(title) / 2;
        double used = 0;
        for (int i = 0; i < title.length(); i++) {
            used += em(title.charAt(i));
            if (used >= half && i + 1 < title.length() && CLOSING.indexOf(title.charAt(i + 1)) < 0
                    && OPENING.indexOf(title.charAt(i)) < 0 && ems(title.substring(0, i + 1)) <= width) {
                return title.substring(0, i + 1) + "\n" + title.substring(i + 1);
            }
        }
        return title;
    }

    private static double ems(String s) {
        double sum = 0;
        for (int i = 0; i < s.length(); i++) {
            sum += em(s.charAt(i));
        }
        return sum;
    }

    /** A row of the letter's body: one numbered pledge. */
    record Pledge(String text) {
    }
}
