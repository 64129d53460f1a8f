package cn.qinglian.portal.dashboard.ui;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Locale;

/**
 * Small charts drawn on the server as SVG text (no client-side chart library can be added, DESIGN.md §6).
 * Every bar and point is an {@code <a href>} to the list of its rows, with a {@code <title>} as its tooltip.
 * The SVG scales to its container through its viewBox.
 */
public final class SvgChart {

    static final String FONT = "font-family=\"'Noto Sans CJK SC','Microsoft YaHei','PingFang SC',sans-serif\"";

    /** One bar: its label, its length as a share of the longest (0..1), the text at its end, link and tooltip. */
    public record Bar(String label, double share, String text, @Nullable String href, String title, String colour) {
    }

    /** One series of a line chart: name, colour and one point per x label (value, link). */
    public record Series(String name, String colour, List<Integer> values, List<@Nullable String> hrefs) {
    }

    private SvgChart() {
    }

    /** Horizontal bars, one row each: label on the left, bar, value text after it. */
    public static String bars(String title, List<Bar> bars) {
        int width = 400;
        int labelWidth = 100;
        int row = 26;
        int top = 6;
        int barMax = width - labelWidth - 100;
        int height = top + Math.max(1, bars.size()) * row + 6;
        StringBuilder s = open(width, height, title);
        if (bars.isEmpty()) {
            s.append(text(width / 2, height / 2 + 4, "暂无数据", "middle", "#6b7280", 13));
        }
        int y = top;
        for (Bar b : bars) {
            int len = (int) Math.round(Math.max(0, Math.min(1, b.share())) * barMax);
            StringBuilder g = new StringBuilder();
            g.append("<title>").append(esc(b.title())).append("</title>");
            g.append("<rect x=\"0\" y=\"").append(y).append("\" width=\"").append(width).append("\" height=\"").append(row)
                    .append("\" fill=\"transparent\"/>");
            g.append(text(labelWidth - 8, y + 17, clip(b.label(), 7), "end", "#1f2937", 13));
            g.append("<rect class=\"bar\" x=\"").append(labelWidth).append("\" y=\"").append(y + 5).append("\" width=\"")
                    .append(Math.max(len, 2)).append("\" height=\"").append(row - 10).append("\" rx=\"3\" fill=\"")
                    .append(b.colour()).append("\"/>");
            g.append(text(labelWidth + Math.max(len, 2) + 6, y + 17, b.text(), "start", "#374151", 12));
            s.append(link(b.href(), g.toString()));
            y += row;
        }
        return s.append("</svg>").toString();
    }

    /** Lines over months (or any labels), each point a link; a legend on top. */
    public static String lines(String title, List<String> labels, List<Series> series) {
        int width = 480;
        int height = 220;
        int left = 34;
        int right = 12;
        int top = 30;
        int bottom = 28;
        int max = 1;
        for (Series se : series) {
            for (int v : se.values()) {
                max = Math.max(max, v);
            }
        }
        max = niceMax(max);
        StringBuilder s = open(width, height, title);
        int plotW = width - left - right;
        int plotH = height - top - bottom;
        for (int k = 0; k <= 4; k++) {
            int y = top + plotH - plotH * k / 4;
            s.append("<line x1=\"").append(left).append("\" x2=\"").append(width - right).append("\" y1=\"").append(y)
                    .append("\" y2=\"").append(y).append("\" stroke=\"#e5e7eb\"/>");
            s.append(text(left - 4, y + 4, String.valueOf(max * k / 4), "end", "#6b7280", 10));
        }
        int n = labels.size();
        double step = n <= 1 ? 0 : (double) plotW / (n - 1);
        for (int i = 0; i < n; i++) {
            if (n <= 12 || i % 2 == 0) {
                s.append(text((int) Math.round(left + i * step), height - 10, labels.get(i), "middle", "#6b7280", 10));
            }
        }
        int lx = left;
        for (Series se : series) {
            s.append("<rect x=\"").append(lx).append("\" y=\"8\" width=\"12\" height=\"4\" fill=\"").append(se.colour()).append("\"/>");
            s.append(text(lx + 16, 14, se.name(), "start", "#374151", 12));
            lx += 90;
        }
        for (Series se : series) {
            StringBuilder path = new StringBuilder();
            for (int i = 0; i < se.values().size(); i++) {
                double x = left + i * step;
                double y = top + plotH - (double) plotH * se.values().get(i) / max;
                path.append(i == 0 ? "M" : "L").append(fmt(x)).append(' ').append(fmt(y));
            }
            s.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"").append(se.colour())
                    .append("\" stroke-width=\"2\"/>");
            for (int i = 0; i < se.values().size(); i++) {
                double x = left + i * step;
                double y = top + plotH - (double) plotH * se.values().get(i) / max;
                String point = "<title>" + esc(labels.get(i) + " " + se.name() + " " + se.values().get(i) + " 项") + "</title>"
                        + "<circle class=\"point\" cx=\"" + fmt(x) + "\" cy=\"" + fmt(y) + "\" r=\"7\" fill=\"transparent\"/>"
                        + "<circle cx=\"" + fmt(x) + "\" cy=\"" + fmt(y) + "\" r=\"3.5\" fill=\"" + se.colour() + "\"/>";
                s.append(link(se.hrefs().get(i), point));
            }
        }
        return s.append("</svg>").toString();
    }

    private static int niceMax(int max) {
        int[] steps = {4, 8, 12, 20, 40, 60, 80, 100, 200, 400, 600, 800, 1000, 2000, 4000, 6000, 8000, 10000, 20000,
                40000, 60000, 80000, 100000, 200000, 400000};
        for (int st : steps) {
            if (max <= st) {
                return st;
            }
        }
        return max;
    }

    private static StringBuilder open(int width, int height, String title) {
        return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height).append("\" width=\"100%\" role=\"img\" aria-label=\"")
                .append(esc(title)).append("\" ").append(FONT).append('>');
    }

    private static String link(@Nullable String href, String content) {
        return href == null ? "<g>" + content + "</g>" : "<a href=\"" + esc(href) + "\">" + content + "</a>";
    }

    private static String text(int x, int y, String text, String anchor, String colour, int size) {
        return "<text x=\"" + x + "\" y=\"" + y + "\" text-anchor=\"" + anchor + "\" fill=\"" + colour + "\" font-size=\""
                + size + "\">" + esc(text) + "</text>";
    }

    private static String clip(String s, int max) {
        return s.codePointCount(0, s.length()) <= max ? s : s.substring(0, s.offsetByCodePoints(0, max - 1)) + "…";
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** Escapes text for XML content and attributes. */
    public static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
