package cn.qinglian.portal.bulletin;

import cn.qinglian.portal.bulletin.BulletinData.VillageRow;

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
import java.util.List;

/**
 * The bar chart of the villages' clearance rates, drawn on the server (Java 2D) with the embedded Noto
 * Serif SC font, so it needs no font on the machine and prints rare characters in village names.
 */
final class RateChart {

    /** The chart's box in the PDF, in points (156 mm wide). */
    static final int WIDTH = 442;
    static final int HEIGHT = 260;
    static final int MAX_BARS = 30;
    private static final int SCALE = 3;
    private static volatile Font font;

    private RateChart() {
    }

    static BufferedImage draw(List<VillageRow> villages) {
        List<VillageRow> bars = villages.stream().filter(v -> v.total() > 0).limit(MAX_BARS).toList();
        var image = new BufferedImage(WIDTH * SCALE, HEIGHT * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(SCALE, SCALE);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(Color.BLACK);
            g.setFont(font().deriveFont(11f));
            String title = "各村（社区）清单事项销号率" + (villages.stream().filter(v -> v.total() > 0).count() > MAX_BARS
                    ? "（前" + MAX_BARS + "名）" : "");
            g.drawString(title, (WIDTH - g.getFontMetrics().stringWidth(title)) / 2f, 14);
            int left = 90;
            int right = WIDTH - 46;
            int top = 24;
            int bottom = HEIGHT - 18;
            float pitch = bars.isEmpty() ? 0 : (bottom - top) / (float) bars.size();
            float bar = Math.min(14, pitch * 0.7f);
            float fontSize = Math.max(6f, Math.min(10f, pitch * 0.8f));
            g.setFont(font().deriveFont(fontSize));
            // axis and grid at 0, 25, 50, 75, 100 %
            g.setStroke(new BasicStroke(0.4f));
            for (int pct = 0; pct <= 100; pct += 25) {
                float x = left + (right - left) * pct / 100f;
                g.setColor(pct == 0 ? Color.BLACK : new Color(0xBBBBBB));
                g.drawLine(Math.round(x), top, Math.round(x), bottom);
                g.setColor(Color.BLACK);
                g.setFont(font().deriveFont(8f));
                String label = pct + "%";
                g.drawString(label, x - g.getFontMetrics().stringWidth(label) / 2f, bottom + 11);
            }
            g.setFont(font().deriveFont(fontSize));
            for (int i = 0; i < bars.size(); i++) {
                VillageRow v = bars.get(i);
                float y = top + pitch * i + (pitch - bar) / 2;
                float w = (float) ((right - left) * v.rateValue() / 100.0);
                g.setColor(new Color(0xB22222));
                g.fill(new java.awt.geom.Rectangle2D.Float(left, y, w, bar));
                g.setColor(Color.BLACK);
                float baseline = y + bar / 2 + fontSize * 0.36f;
                String name = v.village();
                g.drawString(name, left - 4 - g.getFontMetrics().stringWidth(name), baseline);
                g.drawString(v.rate(), left + w + 3, baseline);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private static Font font() {
        Font f = font;
        if (f == null) {
            try (InputStream in = RateChart.class.getClassLoader().getResourceAsStream("fonts/NotoSerifSC-Regular.ttf")) {
                if (in == null) {
                    throw new IllegalStateException("fonts/NotoSerifSC-Regular.ttf missing");
                }
                f = Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (FontFormatException e) {
                throw new IllegalStateException(e);
            }
            font = f;
        }
        return f;
    }
}
