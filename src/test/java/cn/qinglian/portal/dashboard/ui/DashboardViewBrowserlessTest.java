package cn.qinglian.portal.dashboard.ui;

import cn.qinglian.portal.ViewTest;
import cn.qinglian.portal.base.ui.PagedGrid;
import cn.qinglian.portal.cadre.ui.CadresView;
import cn.qinglian.portal.clearance.ClearanceFixture;
import cn.qinglian.portal.clearance.ui.ClearanceItemsView;
import cn.qinglian.portal.dashboard.Dashboard;
import cn.qinglian.portal.dashboard.DashboardService;
import cn.qinglian.portal.dashboard.PeriodKind;
import cn.qinglian.portal.letter.ui.LettersView;
import cn.qinglian.portal.security.BrowserlessUsers;
import cn.qinglian.portal.security.SecurityFixture;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard as the township leader (lingdao) reads it: each number opens a list with exactly that many rows. */
@ViewTest
@WithUserDetails(value = "lingdao", userDetailsServiceBeanName = BrowserlessUsers.BEAN)
class DashboardViewBrowserlessTest extends SpringBrowserlessTest {

    @Autowired SecurityFixture security;
    @Autowired ClearanceFixture items;

    @BeforeEach
    void anOverdueItem() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        long village = security.village("驾村" + tag);
        items.item(items.batch(), village, "驾驶舱测试事项", LocalDate.now().plusDays(2));
    }

    private DashboardView open() {
        DashboardView view = navigate(DashboardView.class);
        view.showNow();
        return view;
    }

    private Anchor kpi(String label) {
        return $(Anchor.class).all().stream().filter(a -> label.equals(a.getElement().getAttribute("data-kpi")))
                .findFirst().orElseThrow(() -> new AssertionError("no figure " + label));
    }

    private static int value(Anchor a) {
        return Integer.parseInt(a.getElement().getAttribute("data-value"));
    }

    /** Follows a link as the browser would (the address relative to the app). */
    private <T extends Component> T follow(String href, Class<T> view) {
        int q = href.indexOf('?');
        UI.getCurrent().navigate(q < 0 ? href : href.substring(0, q),
                q < 0 ? QueryParameters.empty() : QueryParameters.fromString(href.substring(q + 1)));
        assertThat(getCurrentView()).isInstanceOf(view);
        return view.cast(getCurrentView());
    }

    private int listed() {
        String text = $(PagedGrid.class).single().rowCountText();
        Matcher m = Pattern.compile("共 ([0-9,]+) 条").matcher(text);
        assertThat(m.find()).as(text).isTrue();
        return Integer.parseInt(m.group(1).replace(",", ""));
    }

    @Test
    void clickingAClearanceFigureOpensTheListWithThatManyRows() {
        open();
        for (String label : List.of("未销号事项", "7日内到期", "已逾期", "本月新增事项")) {
            open();
            Anchor a = kpi(label);
            int n = value(a);
            follow(a.getHref(), ClearanceItemsView.class);
            assertThat(listed()).as(label).isEqualTo(n);
            if (label.equals("未销号事项")) {
                // the criterion the header row cannot show is said in words
                assertThat($(com.vaadin.flow.component.html.Span.class).all().stream()
                        .filter(x -> x.hasClassName("address-criteria")).findFirst().orElseThrow().getText())
                        .isEqualTo("另按：未销号");
            }
        }
        open();
        assertThat(value(kpi("7日内到期"))).isPositive();
    }

    @Test
    void letterAndRatingFiguresOpenTheirListsWithThatManyRows() {
        open();
        Anchor signed = kpi("已签订");
        int n = value(signed);
        follow(signed.getHref(), LettersView.class);
        assertThat(listed()).isEqualTo(n);
        open();
        Anchor green = kpi("绿色");
        int g = value(green);
        assertThat(g).isPositive();
        follow(green.getHref(), CadresView.class);
        assertThat(listed()).isEqualTo(g);
    }

    @Test
    void theVillageChartHasOneLinkedBarPerVillageWithItemsAndTheMatrixThreeLightsPerVillage() {
        DashboardView view = open();
        Dashboard d = view.shown();
        Div chart = $(Div.class).all().stream().filter(c -> "各村居清零率".equals(c.getElement().getAttribute("data-chart")))
                .findFirst().orElseThrow();
        String svg = chart.getChildren().filter(c -> c.hasClassName("chart-svg")).findFirst().orElseThrow()
                .getElement().getProperty("innerHTML");
        List<Dashboard.VillageRow> ranked = DashboardService.byRate(d);
        assertThat(svg).startsWith("<svg");
        assertThat(Pattern.compile("<a href=").matcher(svg).results().count()).isEqualTo(ranked.size());
        assertThat(svg).contains("<a href=\"clearance/items?village=" + ranked.getFirst().villageId() + "\">");
        // the full name in the tooltip (the label may be shortened)
        assertThat(svg).contains("<title>" + ranked.getFirst().name() + "：");
        long lights = $(Anchor.class).all().stream().filter(a -> a.hasClassName("matrix-cell")).count();
        assertThat(lights).isEqualTo(3L * d.villages().size());
        // the rules are on the page, not only in tooltips
        assertThat(view.getElement().getOuterHTML()).contains("有逾期未销号事项为红灯");
    }

    @Test
    void theArchiveActivityFigureOpensItsList() {
        open();
        Anchor talks = kpi("廉政约谈");
        int n = value(talks);
        follow(talks.getHref(), ArchiveActivityView.class);
        assertThat(listed()).isEqualTo(n);
    }

    @Test
    void choosingAYearRecountsThePeriodFigures() {
        DashboardView view = open();
        int month = value(kpi("本月新增事项"));
        view.period.setValue(PeriodKind.YEAR);
        view.showNow();
        assertThat(value(kpi("本年度新增事项"))).isGreaterThanOrEqualTo(month);
    }
}
