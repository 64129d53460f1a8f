package cn.qinglian.portal.dashboard;

import cn.qinglian.portal.cadre.DisciplineForm;
import cn.qinglian.portal.cadre.IntegrityColour;
import cn.qinglian.portal.report.ReportRenderer;
import cn.qinglian.portal.report.ReportRequest;
import cn.qinglian.portal.security.CurrentUser;
import cn.qinglian.portal.security.PortalUser;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * "打印本页": the dashboard on screen as a one-page A4 PDF for meetings (template
 * reports/dashboard/dashboard-snapshot.jrxml): the key figures as a table, the lights in a sentence and
 * the four main charts as one image.
 */
@Component
public class DashboardReport {

    static final String TEMPLATE = "dashboard/dashboard-snapshot";
    private static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");
    /** Village names listed per light colour before "等". */
    static final int NAMES = 3;

    private final ReportRenderer renderer;
    private final CurrentUser currentUser;
    private final Clock clock;

    DashboardReport(ReportRenderer renderer, CurrentUser currentUser, Clock clock) {
        this.renderer = renderer;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public String fileName(Dashboard d) {
        return "工作驾驶舱-" + d.period().label() + ".pdf";
    }

    /** The snapshot of figures already loaded for the signed-in user (a dashboard the user may read). */
    public byte[] pdf(Dashboard d, @Nullable String townshipName) {
        PortalUser user = currentUser.require();
        if (!DashboardService.reads(user)) {
            throw new org.springframework.security.access.AccessDeniedException("您的角色无权查看工作驾驶舱");
        }
        Map<String, Object> p = new HashMap<>();
        p.put("subtitle", (townshipName == null ? user.scopeLabel() : townshipName) + "　" + d.period().label()
                + "　数据截至" + d.today().getYear() + "年" + d.today().getMonthValue() + "月" + d.today().getDayOfMonth() + "日");
        p.put("lights", lights(d));
        p.put("chartsTitle", "统计图表");
        p.put("charts", SnapshotCharts.draw(d));
        p.put("printed", "打印：" + user.displayName() + "　" + PRINTED.format(LocalDateTime.now(clock))
                + "　本页为打印时的统计快照，明细以系统清单为准");
        return renderer.pdf(new ReportRequest(TEMPLATE, p, rows(d)));
    }

    /** One row of the figures table, all text. */
    public record Row(String label, String value, String note) {
    }

    static List<Row> rows(Dashboard d) {
        Dashboard.Clearance c = d.clearance();
        String kind = d.period().kind().label();
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("未销号事项", n(c.open()), "截至今日"));
        rows.add(new Row("已逾期", n(c.overdue()), "未销号且已过整改期限"));
        rows.add(new Row("7日内到期", n(c.dueSoon()), "未销号，整改期限在7日内"));
        rows.add(new Row("总体清零率", percent(c.rate()), "已销号 " + n(c.closed()) + " / 共 " + n(c.total()) + " 项"));
        rows.add(new Row("本轮巡察清零率", percent(c.batchRate()), c.batch() == null ? "暂无巡察移交事项"
                : c.batch() + "：已销号 " + n(c.batchClosed()) + " / 共 " + n(c.batchTotal()) + " 项"));
        rows.add(new Row(kind + "新增事项", n(c.openedInPeriod()), d.period().label()));
        rows.add(new Row(kind + "销号事项", n(c.closedInPeriod()), d.period().label()));
        Dashboard.Letters l = d.letters();
        rows.add(new Row("承诺书已签订", n(l.signed()), l.year() + "年度共生成 " + n(l.generated()) + " 份（含已公示、已评议）"));
        rows.add(new Row("承诺书已公示", n(l.published()), "含已评议"));
        rows.add(new Row("承诺书已评议", n(l.reviewed()), "践诺评议"));
        rows.add(new Row("在任干部", n(d.cadres()), "廉情评估：红色 " + d.ratings().get(IntegrityColour.RED) + "，橙色 "
                + d.ratings().get(IntegrityColour.ORANGE) + "，黄色 " + d.ratings().get(IntegrityColour.YELLOW) + "，绿色 "
                + d.ratings().get(IntegrityColour.GREEN)));
        Dashboard.Archive a = d.archive();
        rows.add(new Row(kind + "廉政约谈", n(a.talks()), d.period().label()));
        List<String> forms = new ArrayList<>();
        for (DisciplineForm f : DisciplineForm.values()) {
            forms.add(f.label() + " " + a.byForm().get(f));
        }
        rows.add(new Row(kind + "问责处理", n(a.accountability()), String.join("，", forms)));
        return rows;
    }

    /** Three short lines (the box has room for three): counts per colour, red villages named. */
    static String lights(Dashboard d) {
        return "村居亮灯（共 " + d.villages().size() + " 个村居）　清单：" + colours(d, Dashboard.VillageRow::clearanceLight)
                + "\n承诺书：" + colours(d, Dashboard.VillageRow::lettersLight)
                + "\n廉情：" + colours(d, Dashboard.VillageRow::ratingLight);
    }

    private static String colours(Dashboard d, Function<Dashboard.VillageRow, Light> light) {
        List<String> red = d.villages().stream().filter(v -> light.apply(v) == Light.RED).map(Dashboard.VillageRow::name).toList();
        long yellow = d.villages().stream().filter(v -> light.apply(v) == Light.YELLOW).count();
        long green = d.villages().stream().filter(v -> light.apply(v) == Light.GREEN).count();
        return "红灯 " + red.size() + " 个" + (red.isEmpty() ? "" : "（" + String.join("、", red.subList(0, Math.min(NAMES, red.size())))
                + (red.size() > NAMES ? "等" : "") + "）") + "，黄灯 " + yellow + " 个，绿灯 " + green + " 个";
    }

    static String n(int v) {
        return NumberFormat.getIntegerInstance(Locale.SIMPLIFIED_CHINESE).format(v);
    }

    static String percent(@Nullable Double rate) {
        if (rate == null) {
            return "—";
        }
        NumberFormat f = NumberFormat.getPercentInstance(Locale.SIMPLIFIED_CHINESE);
        f.setMaximumFractionDigits(1);
        return f.format(rate);
    }
}
