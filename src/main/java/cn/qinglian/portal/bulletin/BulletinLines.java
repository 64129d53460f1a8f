package cn.qinglian.portal.bulletin;

import cn.qinglian.portal.bulletin.BulletinData.Archive;
import cn.qinglian.portal.bulletin.BulletinData.OverdueItem;
import cn.qinglian.portal.bulletin.BulletinData.VillageRow;
import cn.qinglian.portal.bulletin.Line.Kind;

import java.util.ArrayList;
import java.util.List;

/** The body of a bulletin as lines: computed sentences and tables around the clerk's narrative. */
final class BulletinLines {

    private BulletinLines() {
    }

    static List<Line> of(BulletinContent content) {
        BulletinData d = content.data();
        Narrative n = content.narrative();
        var o = d.overview();
        Archive a = d.archive();
        var lt = d.letterTotal();
        List<Line> lines = new ArrayList<>();
        paragraphs(lines, n, n.intro());

        lines.add(Line.of(Kind.H1, "一、总体情况"));
        lines.add(Line.of(Kind.P, "截至" + d.asOf().getMonthValue() + "月" + d.asOf().getDayOfMonth() + "日，全镇清单事项共"
                + o.items() + "项，已销号" + o.closed() + "项，销号率" + o.rate() + "；本月新增" + o.newInMonth() + "项，本月销号"
                + o.closedInMonth() + "项；逾期未销号" + o.overdue() + "项。本月开展廉政约谈" + a.talks() + "人次，问责处理"
                + a.accountability() + "人次。" + d.year() + "年度廉洁承诺书应签" + lt.generated() + "份，已签订" + lt.signed()
                + "份，逾期未签" + lt.overdue() + "份。"));

        lines.add(Line.of(Kind.H1, "二、清单销号进度"));
        lines.add(Line.of(Kind.H2, "（一）各村（社区）销号情况"));
        lines.add(Line.of(Kind.P, "各村（社区）清单事项销号情况按销号率排名如下（截至" + d.asOf().getMonthValue() + "月"
                + d.asOf().getDayOfMonth() + "日）。"));
        for (VillageRow v : d.villages()) {
            lines.add(Line.row(Kind.VILLAGE, v.rank(), v.village(), v.total(), v.closed(), v.rate(), v.overdue()));
        }
        if (!d.villages().isEmpty()) {
            lines.add(Line.of(Kind.CHART, "各村（社区）销号率"));
        }
        paragraphs(lines, n, n.clearance());
        lines.add(Line.of(Kind.H2, "（二）逾期事项点名通报"));
        if (d.overdue().isEmpty()) {
            lines.add(Line.of(Kind.P, "截至本月底，全镇无逾期未销号事项。"));
        } else {
            lines.add(Line.of(Kind.P, "以下事项已超过整改期限仍未销号，予以点名通报"
                    + (d.overdueTotal() > d.overdue().size() ? "（共" + d.overdueTotal() + "项，列出逾期最久的"
                    + d.overdue().size() + "项）" : "") + "："));
            int i = 0;
            for (OverdueItem item : d.overdue()) {
                lines.add(Line.row(Kind.OVERDUE, ++i, item.village(), item.code(), item.title(), item.deadline().toString(),
                        item.days()));
            }
        }

        lines.add(Line.of(Kind.H1, "三、廉洁承诺书签订情况"));
        lines.add(Line.of(Kind.P, d.year() + "年度全镇应签廉洁承诺书" + lt.generated() + "份，已签订" + lt.signed() + "份，已公示"
                + lt.published() + "份，已评议" + lt.reviewed() + "份，逾期未签" + lt.overdue() + "份。"));
        for (var l : d.letters()) {
            lines.add(Line.row(Kind.LETTER, l.village(), l.generated(), l.signed(), l.published(), l.reviewed(), l.overdue()));
        }
        lines.add(Line.row(Kind.LETTER, lt.village(), lt.generated(), lt.signed(), lt.published(), lt.reviewed(), lt.overdue()));
        paragraphs(lines, n, n.letters());

        lines.add(Line.of(Kind.H1, "四、廉政约谈和问责处理"));
        lines.add(Line.of(Kind.P, "本月开展廉政约谈" + a.talks() + "人次；问责处理" + a.accountability() + "人次，其中运用第一种形态"
                + a.first() + "人次、第二种形态" + a.second() + "人次、第三种形态" + a.third() + "人次、第四种形态" + a.fourth() + "人次。"));
        lines.add(Line.row(Kind.ARCHIVE, "廉政约谈", a.talks()));
        lines.add(Line.row(Kind.ARCHIVE, "问责处理·第一种形态", a.first()));
        lines.add(Line.row(Kind.ARCHIVE, "问责处理·第二种形态", a.second()));
        lines.add(Line.row(Kind.ARCHIVE, "问责处理·第三种形态", a.third()));
        lines.add(Line.row(Kind.ARCHIVE, "问责处理·第四种形态", a.fourth()));
        paragraphs(lines, n, n.archive());

        lines.add(Line.of(Kind.H1, "五、下月工作重点"));
        paragraphs(lines, n, n.focus());
        return lines;
    }

    private static void paragraphs(List<Line> lines, Narrative n, String text) {
        for (String p : n.paragraphs(text)) {
            lines.add(Line.of(Kind.P, p));
        }
    }
}
