package cn.qinglian.portal.clearance.ui;

import cn.qinglian.portal.base.ui.HomePanel;
import cn.qinglian.portal.clearance.ClearanceService;
import cn.qinglian.portal.clearance.MyWork;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.router.RouterLink;

import java.util.Optional;

/** On the 工作台 after sign-in: how many clearance items wait for the user, linking to 我的待办. */
@org.springframework.stereotype.Component
class MyWorkPanel implements HomePanel {

    private final ClearanceService service;

    MyWorkPanel(ClearanceService service) {
        this.service = service;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Optional<Component> content() {
        MyWork work = service.myWork();
        if (work.total() == 0) {
            return Optional.empty();
        }
        Div panel = new Div();
        panel.addClassName("my-work-panel");
        panel.add(new H3("清单事项待办"));
        StringBuilder text = new StringBuilder();
        if (work.toReport() > 0) {
            text.append("待报送整改进展 ").append(work.toReport()).append(" 项　");
        }
        if (work.toVerify() > 0) {
            text.append("待验收 ").append(work.toVerify()).append(" 项　");
        }
        if (work.toApprove() > 0) {
            text.append("待审批延期 ").append(work.toApprove()).append(" 项");
        }
        panel.add(new Div(text.toString().trim()));
        panel.add(new RouterLink("查看我的待办", MyWorkView.class));
        return Optional.of(panel);
    }
}
