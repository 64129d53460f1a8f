package cn.qinglian.portal.cadre;

import cn.qinglian.portal.base.ChineseNumerals;
import cn.qinglian.portal.report.ReportRenderer;
import cn.qinglian.portal.report.ReportRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/** The 廉洁档案卡 as PDF (template reports/cadre/archive-card.jrxml), one card or a batch in one file. */
@Component
public class ArchiveCardReport {

    static final String TEMPLATE = "cadre/archive-card";

    private final ReportRenderer renderer;

    public ArchiveCardReport(ReportRenderer renderer) {
        this.renderer = renderer;
    }

    public byte[] pdf(ArchiveCard card) {
        return renderer.pdf(request(card));
    }

    /** All cards in one PDF, each from a new page; progress hears (cards done, total). */
    public byte[] batchPdf(List<ArchiveCard> cards, BiConsumer<Integer, Integer> progress) {
        return renderer.pdf(cards.stream().map(ArchiveCardReport::request).toList(), progress);
    }

    static ReportRequest request(ArchiveCard card) {
        Map<String, Object> p = new HashMap<>();
        p.put("name", card.name());
        p.put("gender", card.gender());
        p.put("birthDate", card.birthDate());
        p.put("idNumber", card.idNumber());
        p.put("mobile", card.mobile());
        p.put("partyMember", card.partyMember());
        p.put("education", card.education());
        p.put("village", card.village());
        p.put("township", card.township());
        p.put("status", card.status());
        p.put("posts", card.posts());
        p.put("noPosts", card.posts().isEmpty());
        p.put("noEntries", card.entries().isEmpty());
        p.put("hasEntries", !card.entries().isEmpty()); // templates have no "!" (see reports/README.md)
        p.put("rating", card.rating());
        p.put("ratingColour", colour(card.rating()));
        p.put("ratingReasons", card.ratingReasons());
        p.put("printedAt", card.printedAt());
        p.put("printedBy", card.printedBy());
        return new ReportRequest(TEMPLATE, p, rows(card.entries()));
    }

    /** One table row per entry; the kind heading is numbered （一）（二）… in the order the kinds come. */
    static List<Row> rows(List<ArchiveCard.Entry> entries) {
        List<Row> rows = new ArrayList<>(entries.size());
        @Nullable String kind = null;
        String heading = "";
        int groups = 0;
        for (ArchiveCard.Entry e : entries) {
            if (!e.kind().equals(kind)) {
                kind = e.kind();
                heading = "（" + ChineseNumerals.of(++groups) + "）" + kind;
            }
            rows.add(new Row(heading, e.date(), e.title(), e.detail(), e.documentNumber()));
        }
        return rows;
    }

    /** The swatch colour of 廉情评估; the label (绿色, 红色 …) is printed beside it for black-and-white copies. */
    static String colour(String rating) {
        for (IntegrityColour c : IntegrityColour.values()) {
            if (rating.startsWith(c.label())) {
                return switch (c) {
                    case GREEN -> "#2E8B3E";
                    case YELLOW -> "#E6C200";
                    case ORANGE -> "#E67E22";
                    case RED -> "#C62828";
                };
            }
        }
        return "#FFFFFF";
    }

    record Row(String kindHeading, String date, String title, String detail, String documentNumber) {
    }
}
