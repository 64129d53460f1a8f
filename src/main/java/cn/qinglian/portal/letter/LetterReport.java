package cn.qinglian.portal.letter;

import cn.qinglian.portal.base.ChineseNumerals;
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
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
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
 * roomiest of a few settings (三号 on a 28 pt grid down to 13 pt on 15.5 pt) under which the estimated height
 * of the text fits the page; a letter too long even for the tightest setting is printed roomy on two pages.
 */
@Component
public class LetterReport {

    static final String LETTER = "letter/commitment-letter";
    static final String SUMMARY = "letter/letter-summary";

    /** Column headers of the summary table (PDF and xlsx). */
    public static final List<String> HEADERS = List.of("序号", "村居", "姓名", "职务", "状态", "签订日期", "公示日期",
            "公示地点", "践诺评议");


    // the page of commitment-letter.jrxml: A4, margins 25 / 26 / 21 / 28 mm (top, right, bottom, left)
    static final double TEXT_WIDTH = 442;
    static final double TEXT_HEIGHT = 842 - 72 - 60;
    // heights fixed by the template: the title's font, its first line and further lines, the gap below it,
    // the signature block with the gap above it
    static final double TITLE_SIZE = 20;
    static final double TITLE_FIRST_LINE = 27;
    static final double TITLE_PITCH = 29;
    static final double TITLE_GAP = 10;
    static final double SIGNATURE_HEIGHT = 12 + 116;
    /** The signature block's 职务 and 村（社区） wrap at this width, in lines of this height. */
    static final double SIGNATURE_VALUE_WIDTH = 202;
    static final double SIGNATURE_SIZE = 15;
    static final double SIGNATURE_LINE = 18;
    /** Room for what the estimate cannot know: rounding, a taller line where a rare character falls back to Noto. */
    static final double SLACK = 8;

    /** Body font size and line pitch (pt), in the order of the template's styles Body0, Body1, … (printed when layoutN). */
    record Layout(int size, double pitch) {
    }

    static final List<Layout> LAYOUTS = List.of(new Layout(16, 28), new Layout(16, 25), new Layout(15, 22),
            new Layout(15, 20), new Layout(15, 18.5), new Layout(14, 17.5), new Layout(14, 16.5), new Layout(13, 15.5));
    /** For a letter that needs two pages anyway: 15 pt on a 22 pt pitch. */
    static final int OVERFLOW = 2;

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
        int layout = layout(title, letter, pledges);
        Map<String, Object> p = new HashMap<>();
        p.put("title", styled(title));
        // a blank paragraph is null: its line is removed (removeLineWhenBlank), no gap is left
        p.put("salutation", styled(blankToNull(letter.salutation())));
        p.put("preamble", styled(blankToNull(letter.preamble())));
        p.put("closing", styled(blankToNull(letter.closing())));
        p.put("signerName", letter.name().isBlank() ? "" : styled("（" + letter.name().strip() + "）"));
        p.put("position", styled(letter.position()));
        p.put("village", styled(letter.village()));
        p.put("dateText", styled(letter.dateText()));
        // templates have no "==" (reports/README.md): which layout prints is decided here
        for (int i = 0; i < LAYOUTS.size(); i++) {
            p.put("layout" + i, i == layout);
        }
        return new ReportRequest(LETTER, p, pledges.stream().map(x -> new Pledge(styled(x.text()))).toList());
    }

    /**
     * The text as JasperReports styled markup (the letter's text fields have markup="styled"): a character
     * outside GB 2312, which the Fandol fonts lack, is set in Noto Serif SC on its own. Left to the font set,
     * the whole run of Chinese text around it would change to Noto, e.g. a preamble naming 喆溪社区.
     */
    static @Nullable String styled(@Nullable String text) {
        if (text == null) {
            return null;
        }
        CharsetEncoder gb2312 = GB2312.newEncoder();
        var out = new StringBuilder(text.length() + 16);
        boolean rare = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            String ch = new String(Character.toChars(c));
            boolean outside = c >= 0x2E80 && !gb2312.canEncode(ch);
            if (outside != rare) {
                out.append(outside ? "<style fontName=\"" + FALLBACK_FONT + "\">" : "</style>");
                rare = outside;
            }
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(ch);
            }
            i += ch.length();
        }
        if (rare) {
            out.append("</style>");
        }
        return out.toString();
    }

    private static final Charset GB2312 = Charset.forName("GB2312");
    /** The font family of fonts/fonts.xml that has the characters the Fandol fonts lack. */
    private static final String FALLBACK_FONT = "Noto Serif SC";

    private static @Nullable String blankToNull(String text) {
        return text.isBlank() ? null : text.strip();
    }

    /** 一、…  二、… : the pledges numbered, blank ones left out. */
    static List<Pledge> pledges(List<String> texts) {
        List<Pledge> pledges = new ArrayList<>(texts.size());
        for (String text : texts) {
            if (!text.isBlank()) {
                pledges.add(new Pledge(ChineseNumerals.of(pledges.size() + 1) + "、" + text.strip()));
            }
        }
        return pledges;
    }

    /** The roomiest body layout (index into {@link #LAYOUTS}) under which the whole letter should fit one page. */
    static int layout(String title, LetterPrint letter, List<Pledge> pledges) {
        double fixed = TITLE_FIRST_LINE + (lines(title, TEXT_WIDTH, TITLE_SIZE, 0) - 1) * TITLE_PITCH + TITLE_GAP
                + SIGNATURE_HEIGHT + SLACK
                + (lines(letter.position(), SIGNATURE_VALUE_WIDTH, SIGNATURE_SIZE, 0) - 1) * SIGNATURE_LINE
                + (lines(letter.village(), SIGNATURE_VALUE_WIDTH, SIGNATURE_SIZE, 0) - 1) * SIGNATURE_LINE;
        for (int i = 0; i < LAYOUTS.size(); i++) {
            Layout layout = LAYOUTS.get(i);
            // every paragraph is its lines on the pitch, give or take the rounding of its space before
            double body = 0;
            if (!letter.salutation().isBlank()) {
                body += lines(letter.salutation().strip(), TEXT_WIDTH, layout.size(), 0) * layout.pitch() + 0.5;
            }
            if (!letter.preamble().isBlank()) {
                body += lines(letter.preamble().strip(), TEXT_WIDTH, layout.size(), 2) * layout.pitch() + 0.5;
            }
            for (Pledge pledge : pledges) {
                body += lines(pledge.text(), TEXT_WIDTH, layout.size(), 2) * layout.pitch() + 0.5;
            }
            if (!letter.closing().isBlank()) {
                body += lines(letter.closing().strip(), TEXT_WIDTH, layout.size(), 2) * layout.pitch() + 0.5;
            }
            if (fixed + body <= TEXT_HEIGHT) {
                return i;
            }
        }
        return OVERFLOW;
    }

    /**
     * Lines that {@code text} takes across {@code widthPt} at {@code size} pt with a first-line indent of
     * {@code indent} characters: Chinese characters are a full em wide, Latin letters and digits about half;
     * no line starts with closing punctuation and none ends with opening punctuation (the break moves one
     * character back, as JasperReports' line breaking does).
     */
    static int lines(String text, double widthPt, double size, int indent) {
        double width = widthPt / size; // in em
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
