package cn.qinglian.portal.cadre.ui;

import cn.qinglian.portal.base.ui.Badge;
import cn.qinglian.portal.cadre.CadreStatus;
import cn.qinglian.portal.cadre.EligibilityVerdict;
import cn.qinglian.portal.cadre.IntegrityColour;
import com.vaadin.flow.component.html.Span;

/** The small coloured labels of the cadre screens: rating colour, status, 联审 verdict. */
final class Badges {

    private Badges() {
    }

    /** 绿/黄/橙/红 on its own colour; Lumo has no yellow or orange badge, so these are set here. */
    static Span rating(IntegrityColour colour) {
        Span s = badge(colour.label(), "");
        s.addClassName("rating-badge");
        s.getElement().setAttribute("title", "廉情评估：" + colour.label() + "色");
        s.getStyle().set("min-width", "1.6em").set("justify-content", "center").set("font-weight", "600");
        switch (colour) {
            case GREEN -> s.getStyle().set("background", "#e3f4e6").set("color", "#1e6b2d");
            case YELLOW -> s.getStyle().set("background", "#fdf3c4").set("color", "#7a5d00");
            case ORANGE -> s.getStyle().set("background", "#fde3cc").set("color", "#a04b0c");
            case RED -> s.getStyle().set("background", "#fbdcdc").set("color", "#a61d1d");
        }
        return s;
    }

    static Span status(CadreStatus status) {
        return badge(status.label(), status == CadreStatus.SERVING ? "success" : "contrast");
    }

    static Span verdict(EligibilityVerdict.Verdict verdict) {
        return badge(verdict.label(), switch (verdict) {
            case ELIGIBLE -> "success";
            case BLOCKED -> "error";
            case NEEDS_REVIEW -> "warning";
        });
    }

    static Span revoked() {
        return badge("已撤销", "contrast");
    }

    static Span badge(String text, String variant) {
        return Badge.of(text, variant);
    }
}
