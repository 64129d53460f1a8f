package cn.qinglian.portal.letter.ui;

import cn.qinglian.portal.base.PageQuery;
import cn.qinglian.portal.base.ui.ZhCn;
import cn.qinglian.portal.cadre.ui.CadreTab;
import cn.qinglian.portal.letter.LetterFilter;
import cn.qinglian.portal.letter.LetterRow;
import cn.qinglian.portal.letter.LetterService;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import java.util.List;

/** The 承诺书 tab of a cadre: their letters by year, each opening the letter. */
@org.springframework.stereotype.Component
class CadreLettersTab implements CadreTab {

    private final LetterService letters;

    CadreLettersTab(LetterService letters) {
        this.letters = letters;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String label() {
        return "承诺书";
    }

    @Override
    public com.vaadin.flow.component.Component content(long cadreId, Runnable changed) {
        List<LetterRow> rows = letters.list(LetterFilter.ofCadre(cadreId), PageQuery.first(50).sortedBy("year", false));
        if (rows.isEmpty()) {
            Paragraph none = new Paragraph("尚未生成廉洁承诺书。");
            none.getStyle().set("color", "var(--lumo-secondary-text-color)");
            return none;
        }
        // one line per year: a cadre has a handful of letters, a grid would be heavier than its content
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        list.setSpacing(false);
        for (LetterRow r : rows) {
            HorizontalLayout line = new HorizontalLayout();
            line.setAlignItems(FlexComponent.Alignment.BASELINE);
            line.addClassName("cadre-letter");
            line.getStyle().set("padding", "var(--lumo-space-xs) 0");
            line.add(new RouterLink(r.year() + "年度廉洁承诺书", LetterDetailView.class,
                    new RouteParameters("id", String.valueOf(r.id()))), LetterBadges.status(r.status(), r.overdue()));
            if (r.signedOn() != null) {
                line.add(new Span("签订 " + ZhCn.date(r.signedOn())));
            }
            if (r.publishedOn() != null) {
                line.add(new Span("公示 " + ZhCn.date(r.publishedOn()) + " " + r.publishedWhere()));
            }
            if (r.evaluation() != null) {
                line.add(new Span("践诺评议"), LetterBadges.evaluation(r.evaluation()));
            }
            list.add(line);
        }
        return list;
    }
}
