package cn.qinglian.portal.letter.ui;

import cn.qinglian.portal.base.BaseConfiguration;
import cn.qinglian.portal.base.ui.HomePanel;
import cn.qinglian.portal.base.ui.ZhCn;
import cn.qinglian.portal.letter.LetterBoard;
import cn.qinglian.portal.letter.LetterProgress;
import cn.qinglian.portal.letter.LetterService;
import cn.qinglian.portal.security.CurrentUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import java.time.LocalDate;
import java.util.Optional;

/**
 * On the 工作台: this year's letters still waiting — to be signed (and how many are overdue), and for the
 * managers to be published — each linking to exactly those letters.
 */
@org.springframework.stereotype.Component
class LettersHomePanel implements HomePanel {

    private final LetterService letters;
    private final CurrentUser currentUser;

    LettersHomePanel(LetterService letters, CurrentUser currentUser) {
        this.letters = letters;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Optional<Component> content() {
        if (!LetterService.signs(currentUser.require())) {
            return Optional.empty();
        }
        int year = LocalDate.now(BaseConfiguration.ZONE).getYear();
        LetterBoard.Row total = letters.board(year).total();
        int unsigned = total.generated() - total.signed();
        int unpublished = LetterService.manages(currentUser.require()) ? total.signed() - total.published() : 0;
        if (unsigned == 0 && unpublished == 0) {
            return Optional.empty();
        }
        Div panel = new Div();
        panel.addClassName("my-work-panel");
        panel.addClassName("letters-home-panel");
        panel.add(new H3(year + "年度廉洁承诺书"));
        if (unsigned > 0) {
            panel.add(line("待签订 " + ZhCn.number(unsigned) + " 份", year, LetterProgress.PENDING, false));
            if (total.overdue() > 0) {
                panel.add(line("其中逾期未签 " + ZhCn.number(total.overdue()) + " 份", year, null, true));
            }
        }
        if (unpublished > 0) {
            panel.add(line("已签订待公示 " + ZhCn.number(unpublished) + " 份", year, LetterProgress.AWAITING_PUBLICATION, false));
        }
        return Optional.of(panel);
    }

    private static Div line(String text, int year, LetterProgress progress, boolean overdue) {
        RouterLink link = new RouterLink(text, LettersView.class, RouteParameters.empty());
        link.setQueryParameters(LettersView.query(year, null, progress, overdue));
        return new Div(link);
    }
}
