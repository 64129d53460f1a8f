package cn.qinglian.portal.clearance;

import cn.qinglian.portal.report.ReportRenderer;
import cn.qinglian.portal.report.ReportRequest;
import cn.qinglian.portal.security.CurrentUser;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The filtered item list as a formal table (template reports/clearance/clearance-list.jrxml): A4
 * landscape, the header row on every page, page numbers. The rows come from
 * {@link ClearanceService#forEach}, so the print holds exactly what the reader may see.
 */
@Component
public class ClearanceListReport {

    static final String TEMPLATE = "clearance/clearance-list";
    /** A print larger than this is refused: export to Excel instead. */
    public static final int MAX_ROWS = 5000;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final ClearanceService service;
    private final ReportRenderer renderer;
    private final CurrentUser currentUser;
    private final Clock clock;

    ClearanceListReport(ClearanceService service, ReportRenderer renderer, CurrentUser currentUser, Clock clock) {
        this.service = service;
        this.renderer = renderer;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public String fileName() {
        return "清单事项一览表-" + DeadlineFlag.today(clock) + ".pdf";
    }

    public byte[] pdf(ClearanceFilter filter) {
        int count = service.count(filter);
        List<Row> rows = new ArrayList<>(Math.min(count, MAX_ROWS));
        // a download cannot show a notification: too long a list prints a page that says so
        String subtitle = count > MAX_ROWS ? tooMany(count) : subtitle(filter);
        if (count <= MAX_ROWS) {
            service.forEach(filter, r -> rows.add(row(r)));
        }
        LocalDate today = DeadlineFlag.today(clock);
        Map<String, Object> parameters = Map.of("title", title(filter), "subtitle", subtitle,
                "printed", "打印：" + currentUser.require().displayName() + " " + DATE.format(today));
        return renderer.pdf(new ReportRequest(TEMPLATE, parameters, rows));
    }

    static String tooMany(int count) {
        return "共 " + count + " 项，超过打印上限 " + MAX_ROWS + " 项：请先用筛选条件缩小范围，或导出Excel";
    }

    static String title(ClearanceFilter f) {
        return f.kind() == null ? "清单事项一览表" : f.kind().label() + "一览表";
    }

    static String subtitle(ClearanceFilter f) {
        List<String> parts = new ArrayList<>();
        if (f.batch() != null) {
            parts.add("批次：" + f.batch());
        }
        if (f.source() != null) {
            parts.add("来源：" + f.source().label());
        }
        if (f.status() != null) {
            parts.add("状态：" + f.status().label());
        }
        if (f.townshipLevel()) {
            parts.add("镇级事项");
        }
        if (f.overdue()) {
            parts.add("已逾期");
        }
        if (f.dueSoon()) {
            parts.add("7日内到期");
        }
        return parts.isEmpty() ? "全部事项" : String.join("　", parts);
    }

    static Row row(ClearanceRow r) {
        String offices = r.leadOffices() + (r.sharedOffices().isEmpty() ? "" : "；" + r.sharedOffices());
        return new Row(r.code(), r.kind().shortLabel(), r.villageName(), r.title(), offices, r.people(),
                r.deadline().toString(), r.status().label(), r.flag() == DeadlineFlag.OVERDUE ? "逾期"
                : r.flag() == DeadlineFlag.DUE_SOON ? "将到期" : "");
    }

    /** One row of the table; all text, formatted here (the template computes nothing). */
    public record Row(String code, String kind, String village, String title, String offices, String people,
                      String deadline, String status, String flag) {
    }
}
