package cn.qinglian.portal.dashboard.ui;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class SvgChartTest {

    private static long count(String svg, String regex) {
        return Pattern.compile(regex).matcher(svg).results().count();
    }

    @Test
    void oneLinkedBarPerRowWithItsLabelTooltipAndEscapedText() {
        String svg = SvgChart.bars("各村居清零率", List.of(
                new SvgChart.Bar("青溪村", 1.0, "100%（3/3）", "clearance/items?village=1&open=1", "青溪村：已销号 3 项", "#2e7d32"),
                new SvgChart.Bar("A<B>&\"村", 0.5, "50%", "clearance/items?village=2", "A<B>", "#e0a100"),
                new SvgChart.Bar("无链接", 0, "0 项", null, "无链接", "#999999")));
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").endsWith("</svg>");
        assertThat(count(svg, "<a href=")).isEqualTo(2);
        assertThat(count(svg, "class=\"bar\"")).isEqualTo(3);
        assertThat(svg).contains("<a href=\"clearance/items?village=1&amp;open=1\">", ">青溪村<",
                "<title>青溪村：已销号 3 项</title>", "A&lt;B&gt;&amp;&quot;村", ">100%（3/3）<");
        assertThat(svg).doesNotContain("A<B>");
        // the longest bar spans the bar area, half a share half of it
        assertThat(svg).contains("width=\"200\" height=\"16\"", "width=\"100\" height=\"16\"");
    }

    @Test
    void noRowsSaysSo() {
        assertThat(SvgChart.bars("事项类别", List.of())).contains("暂无数据").doesNotContain("<a ");
    }

    @Test
    void linesHaveOneLinkedPointPerLabelAndSeries() {
        List<String> months = Arrays.asList("1月", "2月", "3月");
        String svg = SvgChart.lines("近12个月新增与销号", months, List.of(
                new SvgChart.Series("新增事项", "#1565c0", List.of(1, 5, 2), List.of("a?m=1", "a?m=2", "a?m=3")),
                new SvgChart.Series("销号事项", "#2e7d32", List.of(0, 1, 4), List.of("b?m=1", "b?m=2", "b?m=3"))));
        assertThat(count(svg, "<a href=")).isEqualTo(6);
        assertThat(count(svg, "<path ")).isEqualTo(2);
        assertThat(svg).contains("<title>2月 新增事项 5 项</title>", ">新增事项<", ">销号事项<", ">3月<");
    }
}
