package cn.qinglian.portal.cadre;

import cn.qinglian.portal.report.ReportRenderer;
import cn.qinglian.portal.report.ReportRequest;
import org.springframework.stereotype.Component;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** The 联审表 as PDF (template reports/cadre/eligibility-review.jrxml). */
@Component
public class EligibilitySheetReport {

    static final String TEMPLATE = "cadre/eligibility-review";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final ReportRenderer renderer;

    public EligibilitySheetReport(ReportRenderer renderer) {
        this.renderer = renderer;
    }

    public byte[] pdf(EligibilitySheet sheet) {
        Map<String, Object> parameters = Map.of("title", sheet.title(), "township", sheet.township(),
                "reviewedAt", sheet.reviewedAt(), "reviewedBy", sheet.reviewedBy(), "offices", sheet.signingOffices());
        List<Row> rows = sheet.verdicts().stream().map(EligibilitySheetReport::row).toList();
        return renderer.pdf(new ReportRequest(TEMPLATE, parameters, rows));
    }

    static Row row(EligibilityVerdict v) {
        return new Row(v.name(), v.idNumber(), v.verdict().label(), v.verdict() == EligibilityVerdict.Verdict.BLOCKED,
                String.join("；", v.reasons()), v.blockedUntil() == null ? "" : DATE.format(v.blockedUntil()));
    }

    record Row(String name, String idNumber, String verdict, boolean blocked, String reasons, String blockedUntil) {
    }
}
