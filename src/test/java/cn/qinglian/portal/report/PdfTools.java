package cn.qinglian.portal.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Poppler's command-line tools (Debian poppler-utils) on a PDF written to target/. */
public final class PdfTools {

    private static final Path OUT = Path.of("target", "report-previews");

    private PdfTools() {
    }

    public static Path write(String name, byte[] pdf) throws IOException {
        Files.createDirectories(OUT);
        Path file = OUT.resolve(name + ".pdf");
        Files.write(file, pdf);
        return file;
    }

    /** The text of the PDF without any white space (table cells wrap and pad unpredictably). */
    public static String text(Path pdf) throws IOException, InterruptedException {
        return run("pdftotext", "-enc", "UTF-8", pdf.toString(), "-").replaceAll("\\s+", "");
    }

    /** The text of one page, without white space. */
    public static String text(Path pdf, int page) throws IOException, InterruptedException {
        return run("pdftotext", "-enc", "UTF-8", "-f", String.valueOf(page), "-l", String.valueOf(page),
                pdf.toString(), "-").replaceAll("\\s+", "");
    }

    public static int pages(Path pdf) throws IOException, InterruptedException {
        for (String line : run("pdfinfo", pdf.toString()).split("\n")) {
            if (line.startsWith("Pages:")) {
                return Integer.parseInt(line.substring("Pages:".length()).trim());
            }
        }
        throw new AssertionError("pdfinfo printed no page count");
    }

    /** The font lines of pdffonts (after its two header lines). */
    public static List<String> fonts(Path pdf) throws IOException, InterruptedException {
        String[] lines = run("pdffonts", pdf.toString()).split("\n");
        List<String> fonts = new ArrayList<>();
        for (int i = 2; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                fonts.add(lines[i]);
            }
        }
        return fonts;
    }

    /** Every font embedded (pdffonts column "emb" = yes) and none of the 14 standard PDF fonts. */
    public static void assertFontsEmbedded(Path pdf) throws IOException, InterruptedException {
        List<String> fonts = fonts(pdf);
        assertThat(fonts).isNotEmpty();
        for (String font : fonts) {
            // name type encoding emb sub uni object ID; the name has no spaces, the type may have one
            String[] columns = font.trim().split("\\s+");
            String emb = columns[columns.length - 5];
            assertThat(emb).as("embedded: %s", font).isEqualTo("yes");
            assertThat(font).doesNotContainIgnoringCase("Helvetica").doesNotContainIgnoringCase("Times")
                    .doesNotContainIgnoringCase("Courier").doesNotContain("Symbol").doesNotContain("ZapfDingbats");
        }
    }

    /** Page 1 as PNG at 80 dpi, to look at. */
    public static Path preview(Path pdf) throws IOException, InterruptedException {
        String base = pdf.toString().replaceFirst("\\.pdf$", "");
        run("pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", pdf.toString(), base);
        return Path.of(base + ".png");
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new AssertionError(String.join(" ", command) + " failed: " + new String(out, StandardCharsets.UTF_8));
        }
        return new String(out, StandardCharsets.UTF_8);
    }
}
