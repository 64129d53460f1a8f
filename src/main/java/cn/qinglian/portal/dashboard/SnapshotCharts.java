package cn.qinglian.portal.dashboard;

import cn.qinglian.portal.cadre.IntegrityColour;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The printed snapshot's charts, drawn with Java2D into one image (2 × 2 panels) with the embedded
 * FandolHei font, so the PDF looks the same on any machine: clearance rate by village, the 12-month
 * trend, items by source and the ratings distribution.
 */
final class SnapshotCharts {

    static final int WIDTH = 1046;
    static final int HEIGHT = 700;
    /** Villages shown in the print: the lowest rates (the screen shows all). */
    static final int VILLAGES = 12;

    private static final Color INK = new Color(0x1f2937);
    private static final Color MUTED = new Color(0x6b7280);
    private static final Color GRID = new Color(0xe5e7eb);
    private static final Color BLUE = new Color(0x1565c0);
    private static final Color GREEN = new Color(0x2e7d32);
    private static final Color YELLOW = new Color(0xe0a100);
    private static final Color ORANGE = new Color(0xef6c00);
    private static final Color RED = new Color(0xc62828);
    private static final Font BASE = load("/fonts/FandolHei-Regular.otf");
    /** Fandol covers GB2312 only: names with rarer characters are drawn in Noto Serif SC. */
    private static final Font FALLBACK = load("/fonts/NotoSerifSC-Regular.ttf");

    private SnapshotCharts() {
    }

    private static Font load(String path) {
        try (InputStream in = SnapshotCharts.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the classpath");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    static String villageTitle(Dashboard d) {
        long withItems = d.villages().stream().filter(v -> v.items() > 0).count();
        return withItems > VILLAGES ? "清零率最低的" + VILLAGES + "个村居" : "各村居清零率";
    }

    static BufferedImage draw(Dashboard d) {
        BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            int w = WIDTH / 2 - 10;
            int h = HEIGHT / 2 - 10;

            List<Dashboard.VillageRow> villages = new ArrayList<>(d.villages().stream().filter(v -> v.items() > 0)
                    .sorted(Comparator.comparing((Dashboard.VillageRow v) -> v.rate() == null ? 0 : v.rate())
                            .thenComparing(Dashboard.VillageRow::name))
                    .limit(VILLAGES).toList());
            List<String> labels = new ArrayList<>();
            List<Double> shares = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            List<Color> colours = new ArrayList<>();
            for (Dashboard.VillageRow v : villages) {
                double rate = v.rate() == null ? 0 : v.rate();
                labels.add(v.name());
                shares.add(rate);
                texts.add(Math.round(rate * 1000) / 10.0 + "%（" + v.closed() + "/" + v.items() + "）");
                colours.add(v.clearanceLight() == Light.RED ? RED : v.clearanceLight() == Light.YELLOW ? YELLOW : GREEN);
            }
            bars(g, 0, 0, w, h, villageTitle(d), labels, shares, texts, colours);

            lines(g, WIDTH / 2 + 10, 0, w, h, d.trend());

            int maxSource = d.bySource().stream().mapToInt(Dashboard.Count::count).max().orElse(0);
            bars(g, 0, HEIGHT / 2 + 10, w, h, "事项来源",
                    d.bySource().stream().map(Dashboard.Count::label).toList(),
                    d.bySource().stream().map(c -> maxSource == 0 ? 0.0 : (double) c.count() / maxSource).toList(),
                    d.bySource().stream().map(c -> c.count() + " 项").toList(),
                    d.bySource().stream().map(c -> BLUE).toList());

            int maxRating = d.ratings().values().stream().mapToInt(Integer::intValue).max().orElse(0);
            List<IntegrityColour> colourList = List.of(IntegrityColour.values());
            bars(g, WIDTH / 2 + 10, HEIGHT / 2 + 10, w, h, "在任干部廉情评估",
                    colourList.stream().map(c -> c.label() + "色").toList(),
                    colourList.stream().map(c -> maxRating == 0 ? 0.0 : (double) d.ratings().get(c) / maxRating).toList(),
                    colourList.stream().map(c -> d.ratings().get(c) + " 人").toList(),
                    colourList.stream().map(c -> switch (c) {
                        case GREEN -> GREEN;
                        case YELLOW -> YELLOW;
                        case ORANGE -> ORANGE;
                        case RED -> RED;
                    }).toList());
        } finally {
            g.dispose();
        }
        return img;
    }

    private static void title(Graphics2D g, int x, int y, String title) {
        g.setFont(BASE.deriveFont(22f));
        g.setColor(INK);
        g.drawString(title, x, y + 24);
    }

    private static void bars(Graphics2D g, int x, int y, int w, int h, String title, List<String> labels,
                             List<Double> shares, List<String> texts, List<Color> colours) {
        title(g, x, y, title);
        int top = y + 40;
        int n = Math.max(labels.size(), 1);
        int row = Math.min(36, (h - 44) / n);
        int labelW = 130;
        int barMax = w - labelW - 150;
        g.setFont(BASE.deriveFont((float) Math.min(18, row - 6)));
        if (labels.isEmpty()) {
            g.setColor(MUTED);
            g.drawString("暂无数据", x + w / 2 - 36, top + 40);
        }
        for (int i = 0; i < labels.size(); i++) {
            int ry = top + i * row;
            String label = labels.get(i);
            if (label.length() > 7) {
                label = label.substring(0, 6) + "…";
            }
            g.setColor(INK);
            Font font = g.getFont();
            if (font.canDisplayUpTo(label) != -1) {
                g.setFont(FALLBACK.deriveFont(font.getSize2D()));
            }
            int lw = g.getFontMetrics().stringWidth(label);
            g.drawString(label, x + labelW - 10 - lw, ry + row - 10);
            g.setFont(font);
            int len = (int) Math.round(Math.max(0, Math.min(1, shares.get(i))) * barMax);
            g.setColor(colours.get(i));
            g.fillRoundRect(x + labelW, ry + 5, Math.max(len, 3), row - 12, 6, 6);
            g.setColor(MUTED);
            g.drawString(texts.get(i), x + labelW + Math.max(len, 3) + 8, ry + row - 10);
        }
    }

    private static void lines(Graphics2D g, int x, int y, int w, int h, List<Dashboard.MonthPoint> trend) {
        title(g, x, y, "近12个月新增与销号");
        int left = x + 56;
        int right = x + w - 10;
        int top = y + 72;
        int bottom = y + h - 36;
        int max = 4;
        for (Dashboard.MonthPoint p : trend) {
            max = Math.max(max, Math.max(p.opened(), p.closed()));
        }
        max = (max + 3) / 4 * 4;
        g.setFont(BASE.deriveFont(15f));
        for (int k = 0; k <= 4; k++) {
            int gy = bottom - (bottom - top) * k / 4;
            g.setColor(GRID);
            g.drawLine(left, gy, right, gy);
            g.setColor(MUTED);
            String v = String.valueOf(max * k / 4);
            g.drawString(v, left - 8 - g.getFontMetrics().stringWidth(v), gy + 5);
        }
        int n = trend.size();
        double step = n <= 1 ? 0 : (double) (right - left) / (n - 1);
        for (int i = 0; i < n; i++) {
            String m = trend.get(i).month().getMonthValue() + "月";
            g.setColor(MUTED);
            g.drawString(m, (int) Math.round(left + i * step) - g.getFontMetrics().stringWidth(m) / 2, bottom + 24);
        }
        // legend
        g.setFont(BASE.deriveFont(17f));
        g.setColor(BLUE);
        g.fillRect(x + 4, y + 44, 22, 6);
        g.setColor(INK);
        g.drawString("新增事项", x + 32, y + 52);
        g.setColor(GREEN);
        g.fillRect(x + 130, y + 44, 22, 6);
        g.setColor(INK);
        g.drawString("销号事项", x + 158, y + 52);
        g.setStroke(new BasicStroke(3f));
        for (int s = 0; s < 2; s++) {
            g.setColor(s == 0 ? BLUE : GREEN);
            int px = -1;
            int py = -1;
            for (int i = 0; i < n; i++) {
                int v = s == 0 ? trend.get(i).opened() : trend.get(i).closed();
                int cx = (int) Math.round(left + i * step);
                int cy = bottom - (int) Math.round((double) (bottom - top) * v / max);
                if (px >= 0) {
                    g.drawLine(px, py, cx, cy);
                }
                g.fillOval(cx - 5, cy - 5, 10, 10);
                px = cx;
                py = cy;
            }
        }
    }
}
