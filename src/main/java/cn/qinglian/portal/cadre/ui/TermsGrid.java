package cn.qinglian.portal.cadre.ui;

import cn.qinglian.portal.base.BaseConfiguration;
import cn.qinglian.portal.base.ui.ZhCn;
import cn.qinglian.portal.cadre.Cadre;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** 任职情况: every post held, newest first, with whether it is current today. */
class TermsGrid extends Grid<Cadre.Term> {

    TermsGrid(List<Cadre.Term> terms) {
        super(Cadre.Term.class, false);
        LocalDate today = LocalDate.now(BaseConfiguration.ZONE);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        addColumn(t -> t.position().label()).setHeader("职务").setAutoWidth(true);
        addColumn(t -> ZhCn.date(t.startedOn())).setHeader("任职开始").setAutoWidth(true);
        addColumn(t -> t.endedOn() == null ? "—" : ZhCn.date(t.endedOn())).setHeader("任期届满/结束").setAutoWidth(true);
        addComponentColumn(t -> t.currentOn(today) ? Badges.badge("在任", "success")
                : Badges.badge(t.startedOn().isAfter(today) ? "未到任" : "已结束", "contrast"))
                .setHeader("状态").setAutoWidth(true);
        setItems(terms.stream().sorted(Comparator.comparing(Cadre.Term::startedOn).reversed()).toList());
        setAllRowsVisible(true);
    }
}
