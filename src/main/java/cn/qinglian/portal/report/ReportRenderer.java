package cn.qinglian.portal.report;

import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * Fills the templates in {@code reports/} and exports PDF. Each template is compiled once and kept: the
 * templates use only plain parameter, field and variable references, which JasperReports evaluates
 * without a Java compiler, so this also works on a JRE. The PDF bytes are returned only when the whole
 * document was written.
 */
@Component
public class ReportRenderer {

    private static final Pattern NAME = Pattern.compile("[a-z0-9-]+(/[a-z0-9-]+)*");

    private final JasperReportsContext context;
    private final Map<String, JasperReport> compiled = new ConcurrentHashMap<>();

    public ReportRenderer() {
        this(DefaultJasperReportsContext.getInstance());
    }

    /** With other JasperReports settings (tests). */
    ReportRenderer(JasperReportsContext context) {
        this.context = context;
    }

    /** One report as one PDF. */
    public byte[] pdf(ReportRequest request) {
        return pdf(List.of(request), (done, total) -> { });
    }

    /**
     * Several reports, one after another, in ONE PDF (each starts on a new page and numbers its own
     * pages). {@code progress} hears (filled, total) after each report is filled.
     */
    public byte[] pdf(List<ReportRequest> requests, BiConsumer<Integer, Integer> progress) {
        if (requests.isEmpty()) {
            throw new ReportFailedException("没有可打印的内容");
        }
        List<JasperPrint> prints = new ArrayList<>(requests.size());
        for (ReportRequest request : requests) {
            prints.add(fill(request));
            progress.accept(prints.size(), requests.size());
        }
        return export(prints, requests.getFirst().template());
    }

    /** The compiled template, compiled on first use. */
    JasperReport template(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new ReportFailedException("报表模板名称无效：" + name);
        }
        return compiled.computeIfAbsent(name, this::compile);
    }

    private JasperReport compile(String name) {
        String path = "reports/" + name + ".jrxml";
        try (InputStream in = ReportRenderer.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new ReportFailedException("找不到报表模板：" + path);
            }
            return JasperCompileManager.getInstance(context).compile(in);
        } catch (JRException | IOException | RuntimeException e) {
            throw failure("报表模板“" + name + "”无法编译", e);
        }
    }

    private JasperPrint fill(ReportRequest request) {
        JasperReport report = template(request.template());
        Map<String, Object> parameters = new HashMap<>();
        parameters.put(JRParameter.REPORT_LOCALE, Locale.SIMPLIFIED_CHINESE);
        for (JRParameter declared : report.getParameters()) {
            if (!declared.isSystemDefined() && request.parameters().containsKey(declared.getName())) {
                parameters.put(declared.getName(),
                        RecordDataSource.adapt(request.parameters().get(declared.getName()), declared.getValueClass()));
            }
        }
        try {
            return JasperFillManager.getInstance(context).fill(report, parameters, new RecordDataSource(request.rows()));
        } catch (JRException | RuntimeException e) {
            throw failure("报表“" + request.template() + "”填充数据失败", e);
        }
    }

    private byte[] export(List<JasperPrint> prints, String name) {
        var out = new ByteArrayOutputStream();
        var exporter = new JRPdfExporter(context);
        exporter.setExporterInput(SimpleExporterInput.getInstance(prints));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        var configuration = new SimplePdfExporterConfiguration();
        configuration.setCreatingBatchModeBookmarks(prints.size() > 1);
        configuration.setMetadataCreator("清廉村居");
        exporter.setConfiguration(configuration);
        try {
            exporter.exportReport();
        } catch (JRException | RuntimeException e) {
            throw failure("报表“" + name + "”导出 PDF 失败", e);
        }
        return out.toByteArray();
    }

    private static ReportFailedException failure(String message, Exception cause) {
        if (cause instanceof ReportFailedException known) {
            return known;
        }
        String detail = cause.getMessage();
        return new ReportFailedException(message + (detail == null ? "" : "：" + detail), cause);
    }
}
