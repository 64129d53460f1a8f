package cn.qinglian.portal.clearance.ui;

import cn.qinglian.portal.base.ui.Badge;
import cn.qinglian.portal.clearance.ClearanceRow;
import cn.qinglian.portal.clearance.ClearanceStatus;
import cn.qinglian.portal.clearance.DeadlineFlag;
import cn.qinglian.portal.clearance.Priority;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import cn.qinglian.portal.base.ui.ZhCn;

/** The coloured labels of the clearance screens. */
final class ClearanceBadges {

    private ClearanceBadges() {
    }

    static Span status(ClearanceStatus status) {
        return badge(status.label(), switch (status) {
            case PENDING -> "contrast";
            case IN_PROGRESS -> "";
            case AWAITING_CHECK -> "warning";
            case CLOSED -> "success";
        });
    }

    static Span flag(DeadlineFlag flag) {
        Span s = badge(flag.label(), flag == DeadlineFlag.OVERDUE ? "error" : "warning");
        s.setVisible(flag != DeadlineFlag.NONE);
        return s;
    }

    /** The deadline with its flag (已逾期 / 即将到期) and a pending extension. */
    static HorizontalLayout deadline(ClearanceRow r) {
        HorizontalLayout h = new HorizontalLayout(new Span(ZhCn.date(r.deadline())));
        h.setSpacing(false);
        h.getStyle().set("gap", "0.3em");
        if (r.flag() != DeadlineFlag.NONE) {
            h.add(flag(r.flag()));
        }
        if (r.extensionDeadline() != null) {
            Span ext = badge("延期待批", "contrast");
            ext.getElement().setAttribute("title", "申请延期至 " + ZhCn.date(r.extensionDeadline()));
            h.add(ext);
        }
        return h;
    }

    static Span badge(String text, String variant) {
        return Badge.of(text, variant);
    }
}
