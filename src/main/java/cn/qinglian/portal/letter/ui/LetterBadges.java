package cn.qinglian.portal.letter.ui;

import cn.qinglian.portal.base.ui.Badge;
import cn.qinglian.portal.letter.Evaluation;
import cn.qinglian.portal.letter.LetterStatus;
import com.vaadin.flow.component.html.Span;

/** The status of a letter as a badge; an unsigned letter past its deadline says 逾期未签 in red. */
final class LetterBadges {

    private LetterBadges() {
    }

    static Span status(LetterStatus status, boolean overdue) {
        if (overdue) {
            Span s = Badge.of("逾期未签", "error");
            s.addClassName("overdue-badge");
            return s;
        }
        return Badge.of(status.label(), switch (status) {
            case PENDING -> "contrast";
            case SIGNED, PUBLISHED -> "";
            case REVIEWED -> "success";
        });
    }

    static Span evaluation(Evaluation e) {
        return Badge.of(e.label(), switch (e) {
            case EXCELLENT, QUALIFIED -> "success";
            case BASICALLY_QUALIFIED -> "warning";
            case UNQUALIFIED -> "error";
        });
    }
}
