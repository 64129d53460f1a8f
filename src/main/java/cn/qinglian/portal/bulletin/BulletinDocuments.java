package cn.qinglian.portal.bulletin;

import cn.qinglian.portal.bulletin.Line.Kind;
import cn.qinglian.portal.report.ReportFailedException;
import cn.qinglian.portal.report.ReportRenderer;
import cn.qinglian.portal.report.ReportRequest;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.springframework.stereotype.Component;

import java.awt.Image;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A bulletin's content as PDF (template reports/bulletin/monthly-bulletin.jrxml, GB/T 9704-2012), DOCX for
 * editing in Word/WPS (the usual official font names) and XLSX of its tables.
 */
@Component
public class BulletinDocuments {

    static final String TEMPLATE = "bulletin/monthly-bulletin";
    /** Font names Word and WPS know on an office PC. */
    static final String FANGSONG = "仿宋_GB2312";
    static final String XIAOBIAOSONG = "方正小标宋简体";
    static final String HEITI = "黑体";
    static final String KAITI = "楷体_GB2312";
    static final String SONGTI = "宋体";

    private final ReportRenderer renderer;

    BulletinDocuments(ReportRenderer renderer) {
        this.renderer = renderer;
    }

    // ------------------------------------------------------------------ PDF

    /** One row of the template's data source; the Booleans choose the band that prints it. */
    public record Block(String grp, Boolean h1, Boolean h2, Boolean p, Boolean chart, Boolean village, Boolean overdue,
                        Boolean letter, Boolean archive, String text, String c1, String c2, String c3, String c4,
                        String c5, String c6, Image image) {
    }

    public byte[] pdf(BulletinContent content) {
        List<Line> lines = BulletinLines.of(content);
        List<Block> blocks = new ArrayList<>(lines.size());
        Image chart = null;
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            Kind k = l.kind();
            if (k == Kind.CHART && chart == null) {
                chart = RateChart.draw(content.data().villages());
            }
            List<String> c = new ArrayList<>(l.cells());
            while (c.size() < 6) {
                c.add("");
            }
            blocks.add(new Block(l.tableRow() ? k.name() : "b" + i, k == Kind.H1, k == Kind.H2, k == Kind.P,
                    k == Kind.CHART, k == Kind.VILLAGE, k == Kind.OVERDUE, k == Kind.LETTER, k == Kind.ARCHIVE, l.text(),
                    c.get(0), c.get(1), c.get(2), c.get(3), c.get(4), c.get(5), k == Kind.CHART ? chart : null));
        }
        var h = content.header();
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("organ", h.organ());
        parameters.put("number", h.number());
        parameters.put("issue", h.issue());
        parameters.put("date", date(h.date()));
        parameters.put("title", h.title());
        parameters.put("corrects", h.corrects().isBlank() ? null : h.corrects());
        parameters.put("copyTo", "抄送：" + h.copyTo() + "。");
        parameters.put("printedBy", h.organ());
        parameters.put("printedOn", date(h.date()) + "印发");
        return renderer.pdf(new ReportRequest(TEMPLATE, parameters, blocks));
    }

    static String date(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    // ------------------------------------------------------------------ DOCX

    public byte[] docx(BulletinContent content) {
        var h = content.header();
        try (var doc = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            page(doc);
            XWPFParagraph organ = centred(doc);
            run(organ, h.organ(), XIAOBIAOSONG, 26, "C00000");
            if (!h.issue().isBlank()) {
                run(centred(doc), h.issue(), FANGSONG, 16, null);
            }
            XWPFParagraph number = centred(doc);
            run(number, h.number(), FANGSONG, 16, null);
            number.setBorderBottom(org.apache.poi.xwpf.usermodel.Borders.SINGLE);
            XWPFParagraph title = centred(doc);
            title.setSpacingBefore(400);
            title.setSpacingAfter(200);
            run(title, h.title(), XIAOBIAOSONG, 22, null);
            if (!h.corrects().isBlank()) {
                run(centred(doc), h.corrects(), KAITI, 16, null);
            }
            XWPFTable table = null;
            Kind tableKind = null;
            for (Line l : BulletinLines.of(content)) {
                if (l.tableRow()) {
                    if (table == null || tableKind != l.kind()) {
                        List<String> headers = Line.headers(l.kind());
                        table = doc.createTable(1, headers.size());
                        table.setWidth("100%");
                        tableKind = l.kind();
                        XWPFTableRow head = table.getRow(0);
                        head.setRepeatHeader(true);
                        for (int i = 0; i < headers.size(); i++) {
                            cell(head, i, headers.get(i), HEITI);
                        }
                    }
                    XWPFTableRow row = table.createRow();
                    for (int i = 0; i < l.cells().size(); i++) {
                        cell(row, i, l.cells().get(i), FANGSONG);
                    }
                    continue;
                }
                table = null;
                tableKind = null;
                switch (l.kind()) {
                    case H1 -> run(body(doc), l.text(), HEITI, 16, null);
                    case H2 -> run(body(doc), l.text(), KAITI, 16, null);
                    case CHART -> { } // the chart is in the PDF; the table above holds its numbers
                    default -> run(body(doc), l.text(), FANGSONG, 16, null);
                }
            }
            XWPFParagraph copy = doc.createParagraph();
            copy.setSpacingBefore(600);
            copy.setBorderTop(org.apache.poi.xwpf.usermodel.Borders.SINGLE);
            copy.setBorderBottom(org.apache.poi.xwpf.usermodel.Borders.SINGLE);
            run(copy, "抄送：" + h.copyTo() + "。", FANGSONG, 14, null);
            XWPFParagraph printed = doc.createParagraph();
            printed.setBorderBottom(org.apache.poi.xwpf.usermodel.Borders.SINGLE);
            run(printed, h.organ() + "　　" + date(h.date()) + "印发", FANGSONG, 14, null);
            var footer = doc.createFooter(HeaderFooterType.DEFAULT);
            XWPFParagraph pageNo = footer.createParagraph();
            pageNo.setAlignment(ParagraphAlignment.CENTER);
            run(pageNo, "— ", SONGTI, 14, null);
            pageNo.getCTP().addNewFldSimple().setInstr("PAGE");
            run(pageNo, " —", SONGTI, 14, null);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            throw new ReportFailedException("通报 Word 文件生成失败", e);
        }
    }

    private static void page(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar mar = sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(twips(37)));
        mar.setLeft(BigInteger.valueOf(twips(28)));
        mar.setRight(BigInteger.valueOf(twips(26)));
        mar.setBottom(BigInteger.valueOf(twips(35)));
    }

    private static long twips(double mm) {
        return Math.round(mm * 1440 / 25.4);
    }

    private static XWPFParagraph centred(XWPFDocument doc) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        return p;
    }

    private static XWPFParagraph body(XWPFDocument doc) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setIndentationFirstLine(640); // two characters of 16 pt
        p.setSpacingBetween(28.9, LineSpacingRule.EXACT);
        return p;
    }

    private static void run(XWPFParagraph p, String text, String font, int size, String colour) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setFontFamily(font);
        r.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        r.setFontSize(size);
        if (colour != null) {
            r.setColor(colour);
        }
    }

    private static void cell(XWPFTableRow row, int i, String text, String font) {
        var cell = row.getCell(i);
        XWPFParagraph p = cell.getParagraphs().getFirst();
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, text, font, 12, null);
    }

    // ------------------------------------------------------------------ XLSX

    public byte[] xlsx(BulletinContent content) {
        try (var book = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            CellStyle head = book.createCellStyle();
            var bold = book.createFont();
            bold.setBold(true);
            head.setFont(bold);
            head.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            head.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            head.setBorderBottom(BorderStyle.THIN);
            Map<Kind, Sheet> sheets = new HashMap<>();
            Map<Kind, String> names = Map.of(Kind.VILLAGE, "销号进度", Kind.OVERDUE, "点名通报", Kind.LETTER, "承诺书签订",
                    Kind.ARCHIVE, "约谈问责");
            for (Kind k : List.of(Kind.VILLAGE, Kind.OVERDUE, Kind.LETTER, Kind.ARCHIVE)) {
                Sheet s = book.createSheet(names.get(k));
                Row r = s.createRow(0);
                List<String> headers = Line.headers(k);
                for (int i = 0; i < headers.size(); i++) {
                    var c = r.createCell(i);
                    c.setCellValue(headers.get(i));
                    c.setCellStyle(head);
                    s.setColumnWidth(i, (k == Kind.OVERDUE && i == 3 ? 40 : 14) * 256);
                }
                s.createFreezePane(0, 1);
                sheets.put(k, s);
            }
            for (Line l : BulletinLines.of(content)) {
                if (!l.tableRow()) {
                    continue;
                }
                Sheet s = sheets.get(l.kind());
                Row r = s.createRow(s.getLastRowNum() + 1);
                for (int i = 0; i < l.cells().size(); i++) {
                    String v = l.cells().get(i);
                    var c = r.createCell(i);
                    if (v.matches("\\d{1,9}")) {
                        c.setCellValue(Integer.parseInt(v));
                    } else {
                        c.setCellValue(v);
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            throw new ReportFailedException("通报 Excel 文件生成失败", e);
        }
    }
}
