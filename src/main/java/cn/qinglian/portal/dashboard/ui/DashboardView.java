package cn.qinglian.portal.dashboard.ui;

import cn.qinglian.portal.base.ui.BackgroundJob;
import cn.qinglian.portal.base.ui.ZhCn;
import cn.qinglian.portal.cadre.ArchiveKind;
import cn.qinglian.portal.cadre.CadreFilter;
import cn.qinglian.portal.cadre.CadreStatus;
import cn.qinglian.portal.cadre.DisciplineForm;
import cn.qinglian.portal.cadre.IntegrityColour;
import cn.qinglian.portal.cadre.ui.CadresView;
import cn.qinglian.portal.clearance.ClearanceFilter;
import cn.qinglian.portal.clearance.ClearanceSource;
import cn.qinglian.portal.clearance.ui.ClearanceLinks;
import cn.qinglian.portal.dashboard.Dashboard;
import cn.qinglian.portal.dashboard.DashboardFilters;
import cn.qinglian.portal.dashboard.DashboardService;
import cn.qinglian.portal.dashboard.Light;
import cn.qinglian.portal.dashboard.LightRules;
import cn.qinglian.portal.dashboard.PeriodKind;
import cn.qinglian.portal.letter.LetterFilter;
import cn.qinglian.portal.letter.LetterProgress;
import cn.qinglian.portal.letter.ui.LettersView;
import cn.qinglian.portal.organisation.OrgUnit;
import cn.qinglian.portal.security.Role;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * 工作驾驶舱: key figures, charts and the village light matrix for a period and (district users) a township.
 * Every number, bar, point and light is a link to the list showing exactly its rows. The page shows
 * placeholders at once and fills in when the figures arrive (computed off the UI thread).
 */
@Route("dashboard")
@PageTitle("工作驾驶舱")
@Menu(title = "工作驾驶舱", order = 10, icon = "vaadin:dashboard")
@RolesAllowed({Role.LEADER_ROLE, Role.DISCIPLINE_ROLE, Role.PARTY_OFFICE_ROLE, Role.OFFICE_ROLE, Role.VILLAGE_ROLE})
public class DashboardView extends Div {

    static final String GREEN = "#2e7d32";
    static final String YELLOW = "#e0a100";
    static final String ORANGE = "#ef6c00";
    static final String RED = "#c62828";
    static final String BLUE = "#1565c0";
    static final String GREY = "#9e9e9e";

    private final DashboardService service;
    private final SecurityContextHolderStrategy contexts;
    private final List<DashboardPanel> panels;
    final Select<PeriodKind> period = new Select<>();
    final ComboBox<OrgUnit> township = new ComboBox<>();
    private final Span periodLabel = new Span();
    final Div body = new Div();
    private @Nullable Dashboard shown;

    public DashboardView(DashboardService service, ObjectProvider<DashboardPanel> panels,
                         ObjectProvider<SecurityContextHolderStrategy> contextHolder, DashboardPrint print) {
        this.service = service;
        this.contexts = contextHolder.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        this.panels = panels.orderedStream().sorted(Comparator.comparingInt(DashboardPanel::order)).toList();
        addClassName("dashboard");

        period.setItems(PeriodKind.values());
        period.setItemLabelGenerator(PeriodKind::label);
        period.setValue(PeriodKind.MONTH);
        period.setAriaLabel("统计期间");
        period.addClassName("dashboard-period");
        period.addValueChangeListener(e -> reload());

        Div bar = new Div();
        bar.addClassName("dashboard-bar");
        H2 title = new H2("工作驾驶舱");
        periodLabel.addClassName("dashboard-period-label");
        bar.add(title, periodLabel, period);
        List<OrgUnit> townships = service.townships();
        if (!townships.isEmpty()) {
            township.setItems(townships);
            township.setItemLabelGenerator(OrgUnit::name);
            township.setPlaceholder("全区");
            township.setClearButtonVisible(true);
            township.setAriaLabel("乡镇");
            township.addClassName("dashboard-township");
            township.addValueChangeListener(e -> reload());
            bar.add(township);
        }
        bar.add(print.button(this::current, () -> township.getValue() == null ? null : township.getValue().name()));
        body.addClassName("dashboard-body");
        add(bar, body);
        showPlaceholders();
    }

    private @Nullable Long chosenTownship() {
        OrgUnit t = township.getValue();
        return t == null ? null : t.id();
    }

    /** What the print button snapshots: the figures on screen, or freshly loaded ones. */
    private Dashboard current() {
        Dashboard d = shown;
        return d != null ? d : service.load(period.getValue(), chosenTownship());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        if (shown == null) {
            reload();
        }
    }

    private void reload() {
        showPlaceholders();
        UI ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        PeriodKind kind = period.getValue();
        Long chosen = chosenTownship();
        BackgroundJob.start(ui, BackgroundJob.asSignedInUser(contexts, () -> service.load(kind, chosen)),
                this::show, this::showFailure);
    }

    /** Loads on the calling thread (tests). */
    void showNow() {
        show(service.load(period.getValue(), chosenTownship()));
    }

    Dashboard shown() {
        return java.util.Objects.requireNonNull(shown);
    }

    private void showPlaceholders() {
        shown = null;
        body.removeAll();
        body.getElement().setAttribute("aria-busy", "true");
        Div kpis = new Div();
        kpis.addClassName("kpi-grid");
        for (int i = 0; i < 8; i++) {
            Div card = new Div(new Span(" "), new Span(" "));
            card.addClassNames("kpi-card", "placeholder");
            kpis.add(card);
        }
        Div charts = new Div();
        charts.addClassName("chart-grid");
        for (int i = 0; i < 4; i++) {
            Div card = new Div(new H3("正在统计…"));
            card.addClassNames("chart-card", "placeholder");
            charts.add(card);
        }
        body.add(kpis, charts);
    }

    private void showFailure() {
        body.removeAll();
        body.getElement().removeAttribute("aria-busy");
        body.add(new Span("统计数据暂时无法读取，请稍后刷新重试。"));
    }

    void show(Dashboard d) {
        shown = d;
        periodLabel.setText(d.period().label() + (d.period().kind() == PeriodKind.MONTH ? "" : "（" + d.period().kind().label() + "）"));
        body.removeAll();
        body.getElement().removeAttribute("aria-busy");
        body.add(kpis(d), charts(d), matrix(d));
        for (DashboardPanel p : panels) {
            p.content(d.period(), d.townshipId()).ifPresent(c -> {
                Div card = new Div(c);
                card.addClassName("chart-card");
                body.add(card);
            });
        }
    }

    // ---------------------------------------------------------------- key figures

    private Component kpis(Dashboard d) {
        Dashboard.Clearance c = d.clearance();
        Div grid = new Div();
        grid.addClassName("kpi-grid");
        grid.add(kpi("未销号事项", c.open(), "截至今日", items(DashboardFilters.open(d)), null),
                kpi("已逾期", c.overdue(), "未销号且已过整改期限", items(DashboardFilters.overdue(d)), c.overdue() > 0 ? "alert" : null),
                kpi("7日内到期", c.dueSoon(), "未销号，期限在7日内", items(DashboardFilters.dueSoon(d)), c.dueSoon() > 0 ? "warn" : null),
                rate("总体清零率", c.rate(), c.closed(), c.total(), items(DashboardFilters.closed(d)), items(DashboardFilters.items(d))),
                rate(c.batch() == null ? "本轮巡察清零率" : "本轮巡察清零率 · " + c.batch(), c.batchRate(), c.batchClosed(),
                        c.batchTotal(), items(DashboardFilters.batchClosed(d)), items(DashboardFilters.batch(d))),
                kpi(d.period().kind().label() + "新增事项", c.openedInPeriod(), d.period().label(), items(DashboardFilters.openedInPeriod(d)), null),
                kpi(d.period().kind().label() + "销号事项", c.closedInPeriod(), d.period().label(), items(DashboardFilters.closedInPeriod(d)), null));

        Dashboard.Letters l = d.letters();
        Div letters = multi(l.year() + "年度廉洁承诺书", "共生成 " + ZhCn.number(l.generated()) + " 份",
                link("已签订", l.signed(), letters(DashboardFilters.letters(d, LetterProgress.SIGNED, null))),
                link("已公示", l.published(), letters(DashboardFilters.letters(d, LetterProgress.PUBLISHED, null))),
                link("已评议", l.reviewed(), letters(DashboardFilters.letters(d, LetterProgress.REVIEWED, null))));
        List<Component> ratings = new ArrayList<>();
        for (IntegrityColour colour : List.of(IntegrityColour.RED, IntegrityColour.ORANGE, IntegrityColour.YELLOW, IntegrityColour.GREEN)) {
            ratings.add(link(colour.label() + "色", d.ratings().get(colour), cadres(DashboardFilters.cadres(d, colour, null))));
        }
        Div cadres = multi("在任干部廉情评估", "共 " + ZhCn.number(d.cadres()) + " 人", ratings.toArray(Component[]::new));
        Dashboard.Archive a = d.archive();
        List<Component> forms = new ArrayList<>();
        forms.add(link("廉政约谈", a.talks(), ArchiveActivityView.href(DashboardFilters.archive(d, ArchiveKind.TALK, null))));
        forms.add(link("问责处理", a.accountability(), ArchiveActivityView.href(DashboardFilters.archive(d, ArchiveKind.ACCOUNTABILITY, null))));
        for (DisciplineForm f : DisciplineForm.values()) {
            forms.add(link(f.label().replace("种形态", ""), a.byForm().get(f),
                    ArchiveActivityView.href(DashboardFilters.archive(d, ArchiveKind.ACCOUNTABILITY, f))));
        }
        Div archive = multi(d.period().kind().label() + "约谈与问责", d.period().label() + "，按四种形态", forms.toArray(Component[]::new));
        grid.add(letters, cadres, archive);
        return grid;
    }

    private static Anchor kpi(String label, int value, String note, String href, @Nullable String tone) {
        Anchor a = new Anchor(href);
        a.addClassName("kpi-card");
        if (tone != null) {
            a.addClassName(tone);
        }
        Span l = new Span(label);
        l.addClassName("kpi-label");
        Span v = new Span(ZhCn.number(value));
        v.addClassName("kpi-value");
        Span n = new Span(note);
        n.addClassName("kpi-note");
        a.add(l, v, n);
        a.getElement().setAttribute("data-kpi", label);
        a.getElement().setAttribute("data-value", String.valueOf(value));
        return a;
    }

    private static Div rate(String label, @Nullable Double rate, int closed, int total, String closedHref, String totalHref) {
        Div card = new Div();
        card.addClassNames("kpi-card", "kpi-rate");
        Span l = new Span(label);
        l.addClassName("kpi-label");
        l.getElement().setAttribute("title", label);
        Anchor v = new Anchor(closedHref, rate == null ? "—" : ZhCn.percent(rate));
        v.addClassName("kpi-value");
        v.getElement().setAttribute("title", "清零率 = 已销号 ÷ 事项总数；点击查看已销号事项");
        Div n = new Div(new Span("已销号 "), number(closed, closedHref), new Span(" / 共 "), number(total, totalHref), new Span(" 项"));
        n.addClassName("kpi-note");
        card.add(l, v, n);
        return card;
    }

    private static Anchor number(int n, String href) {
        Anchor a = new Anchor(href, ZhCn.number(n));
        a.getElement().setAttribute("data-value", String.valueOf(n));
        return a;
    }

    private static Div multi(String label, String note, Component... links) {
        Div card = new Div();
        card.addClassNames("kpi-card", "kpi-multi");
        Span l = new Span(label);
        l.addClassName("kpi-label");
        Div row = new Div(links);
        row.addClassName("kpi-links");
        Span n = new Span(note);
        n.addClassName("kpi-note");
        card.add(l, row, n);
        return card;
    }

    private static Anchor link(String label, int value, String href) {
        Anchor a = new Anchor(href);
        a.addClassName("kpi-link");
        Span v = new Span(ZhCn.number(value));
        v.addClassName("kpi-link-value");
        a.add(v, new Span(label));
        a.getElement().setAttribute("data-kpi", label);
        a.getElement().setAttribute("data-value", String.valueOf(value));
        return a;
    }

    // ---------------------------------------------------------------- charts

    private Component charts(Dashboard d) {
        Div grid = new Div();
        grid.addClassName("chart-grid");
        List<Dashboard.VillageRow> ranked = DashboardService.byRate(d);
        grid.add(chart("各村居清零率", ranked.size() > 15 ? "按清零率从高到低；共 " + ranked.size() + " 个村居有事项" : "按清零率从高到低；点击查看该村居的事项",
                SvgChart.bars("各村居清零率", ranked.stream().map(v -> new SvgChart.Bar(v.name(), v.rate() == null ? 0 : v.rate(),
                        ZhCn.percent(v.rate() == null ? 0 : v.rate()) + "（" + v.closed() + "/" + v.items() + "）",
                        items(DashboardFilters.village(d, v.villageId(), null)),
                        v.name() + "：已销号 " + v.closed() + " 项，共 " + v.items() + " 项，逾期 " + v.overdue() + " 项",
                        colour(v.clearanceLight()))).toList())));

        List<String> months = d.trend().stream().map(p -> p.month().getMonthValue() + "月").toList();
        grid.add(chart("近12个月新增与销号", d.trend().getFirst().month().getYear() + "年" + d.trend().getFirst().month().getMonthValue()
                        + "月至" + d.trend().getLast().month().getYear() + "年" + d.trend().getLast().month().getMonthValue() + "月；点击圆点查看当月事项",
                SvgChart.lines("近12个月新增与销号", months, List.of(
                        new SvgChart.Series("新增事项", BLUE, d.trend().stream().map(Dashboard.MonthPoint::opened).toList(),
                                d.trend().stream().map(p -> (String) items(DashboardFilters.openedIn(d, p.month()))).toList()),
                        new SvgChart.Series("销号事项", GREEN, d.trend().stream().map(Dashboard.MonthPoint::closed).toList(),
                                d.trend().stream().map(p -> (String) items(DashboardFilters.closedIn(d, p.month()))).toList())))));

        int maxSource = d.bySource().stream().mapToInt(Dashboard.Count::count).max().orElse(0);
        grid.add(chart("事项来源", "全部事项按来源",
                SvgChart.bars("事项来源", d.bySource().stream().map(s -> new SvgChart.Bar(s.label(), share(s.count(), maxSource),
                        ZhCn.number(s.count()) + " 项", items(DashboardFilters.source(d, ClearanceSource.valueOf(s.key()))),
                        s.label() + "：" + s.count() + " 项", BLUE)).toList())));

        List<Dashboard.Count> categories = d.byCategory();
        List<Dashboard.Count> top = categories.stream().limit(DashboardService.TOP_CATEGORIES).toList();
        int rest = categories.stream().skip(DashboardService.TOP_CATEGORIES).mapToInt(Dashboard.Count::count).sum();
        int maxCategory = top.stream().mapToInt(Dashboard.Count::count).max().orElse(0);
        grid.add(chart("事项类别", rest > 0 ? "前" + DashboardService.TOP_CATEGORIES + "类；其余类别共 " + rest + " 项" : "已填写类别的事项",
                SvgChart.bars("事项类别", top.stream().map(s -> new SvgChart.Bar(s.label(), share(s.count(), maxCategory),
                        ZhCn.number(s.count()) + " 项", items(DashboardFilters.category(d, s.key())),
                        s.label() + "：" + s.count() + " 项", "#5e35b1")).toList())));

        int maxRating = d.ratings().values().stream().mapToInt(Integer::intValue).max().orElse(0);
        grid.add(chart("干部廉情评估分布", "在任干部",
                SvgChart.bars("干部廉情评估分布", List.of(IntegrityColour.values()).stream().map(c -> new SvgChart.Bar(
                        c.label() + "色", share(d.ratings().get(c), maxRating), ZhCn.number(d.ratings().get(c)) + " 人",
                        cadres(DashboardFilters.cadres(d, c, null)), c.label() + "色评估：" + d.ratings().get(c) + " 人",
                        ratingColour(c))).toList())));

        Dashboard.Archive a = d.archive();
        int maxForm = a.byForm().values().stream().mapToInt(Integer::intValue).max().orElse(0);
        grid.add(chart("问责处理（四种形态）", d.period().label(),
                SvgChart.bars("问责处理（四种形态）", List.of(DisciplineForm.values()).stream().map(f -> new SvgChart.Bar(
                        f.label(), share(a.byForm().get(f), maxForm), ZhCn.number(a.byForm().get(f)) + " 件",
                        ArchiveActivityView.href(DashboardFilters.archive(d, ArchiveKind.ACCOUNTABILITY, f)),
                        f.label() + "：" + a.byForm().get(f) + " 件", RED)).toList())));
        return grid;
    }

    private static Div chart(String title, String caption, String svg) {
        Div card = new Div();
        card.addClassName("chart-card");
        Div holder = new Div();
        holder.addClassName("chart-svg");
        holder.getElement().setProperty("innerHTML", svg);
        Span cap = new Span(caption);
        cap.addClassName("chart-caption");
        card.add(new H3(title), holder, cap);
        card.getElement().setAttribute("data-chart", title);
        return card;
    }

    private static double share(int n, int max) {
        return max == 0 ? 0 : (double) n / max;
    }

    // ---------------------------------------------------------------- light matrix

    private Component matrix(Dashboard d) {
        Div card = new Div();
        card.addClassNames("chart-card", "light-matrix");
        card.add(new H3("村居亮灯"));
        Div table = new Div();
        table.addClassName("matrix");
        table.add(cell("村居", "matrix-head"), cell("清单", "matrix-head"), cell("承诺书", "matrix-head"), cell("廉情", "matrix-head"));
        for (Dashboard.VillageRow v : d.villages()) {
            table.add(cell(v.name(), "matrix-name"));
            Light cl = v.clearanceLight();
            table.add(light(cl, v.name() + " · 清单：" + cl.label() + "（事项 " + v.items() + "，已销号 " + v.closed() + "，逾期 "
                    + v.overdue() + "）\n" + LightRules.CLEARANCE_RULE, items(DashboardFilters.village(d, v.villageId(), cl))));
            Light ll = v.lettersLight();
            table.add(light(ll, v.name() + " · 承诺书：" + ll.label() + "（共 " + v.letters() + " 份，待签订 " + v.lettersPending()
                    + "，逾期 " + v.lettersOverdue() + "）\n" + LightRules.LETTERS_RULE,
                    letters(DashboardFilters.lettersLight(d, v.villageId(), ll))));
            Light rl = v.ratingLight();
            table.add(light(rl, v.name() + " · 廉情：" + rl.label() + "（在任 " + v.cadres() + " 人，红 " + v.red() + "，橙 " + v.orange()
                    + "，黄 " + v.yellow() + "）\n" + LightRules.RATINGS_RULE,
                    cadres(DashboardFilters.cadres(d, rl == Light.RED ? IntegrityColour.RED : null, v.villageId()))));
        }
        if (d.villages().isEmpty()) {
            table.add(cell("暂无村居", "matrix-name"));
        }
        Div legend = new Div();
        legend.addClassName("matrix-legend");
        for (String rule : List.of(LightRules.CLEARANCE_RULE, LightRules.LETTERS_RULE, LightRules.RATINGS_RULE)) {
            Div line = new Div(new Span(rule));
            legend.add(line);
        }
        Div keys = new Div();
        keys.addClassName("matrix-keys");
        for (Light l : Light.values()) {
            Span dot = new Span();
            dot.addClassNames("light", "light-" + l.name().toLowerCase());
            keys.add(new Span(dot, new Span(l.label())));
        }
        card.add(keys, table, legend);
        return card;
    }

    private static Span cell(String text, String className) {
        Span s = new Span(text);
        s.addClassName(className);
        return s;
    }

    private static Anchor light(Light light, String title, String href) {
        Anchor a = new Anchor(href);
        a.addClassName("matrix-cell");
        Span dot = new Span();
        dot.addClassNames("light", "light-" + light.name().toLowerCase());
        Span text = new Span(light.label());
        text.addClassName("light-text");
        a.add(dot, text);
        a.getElement().setAttribute("title", title);
        a.getElement().setAttribute("aria-label", title);
        a.getElement().setAttribute("data-light", light.name());
        return a;
    }

    static String colour(Light light) {
        return switch (light) {
            case GREEN -> GREEN;
            case YELLOW -> YELLOW;
            case RED -> RED;
            case NONE -> GREY;
        };
    }

    static String ratingColour(IntegrityColour c) {
        return switch (c) {
            case GREEN -> GREEN;
            case YELLOW -> YELLOW;
            case ORANGE -> ORANGE;
            case RED -> RED;
        };
    }

    static String items(ClearanceFilter f) {
        return ClearanceLinks.href(f);
    }

    static String letters(LetterFilter f) {
        return LettersView.href(f);
    }

    static String cadres(CadreFilter f) {
        return CadresView.href(f.rating(), f.status(), f.villageId(), f.townshipId());
    }
}
