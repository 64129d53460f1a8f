package cn.qinglian.portal.cadre.ui;

import cn.qinglian.portal.base.ui.ZhCn;
import cn.qinglian.portal.cadre.Cadre;
import cn.qinglian.portal.cadre.CadreDetail;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.function.SerializableRunnable;

/** 基本信息: the profile read-only, with 编辑 for those who may edit. */
class ProfilePanel extends VerticalLayout {

    ProfilePanel(CadreDetail detail, SerializableRunnable edit) {
        setPadding(false);
        Cadre c = detail.cadre();
        FormLayout items = new FormLayout();
        items.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 2));
        item(items, "姓名", text(c.name()));
        item(items, "性别", text(c.gender().label()));
        item(items, "出生日期", text(ZhCn.date(c.birthDate())));
        // only the shown (possibly masked) numbers: the record itself holds them in full
        item(items, "身份证号", text(detail.idNumberShown()));
        item(items, "手机号", text(detail.mobileShown()));
        item(items, "村居", text(detail.villageName()));
        item(items, "政治面貌", text(c.partyMember() ? "中共党员" + (c.partyJoinedOn() == null ? ""
                : "（" + ZhCn.date(c.partyJoinedOn()) + "入党）") : "群众"));
        item(items, "学历", text(c.education() == null ? "" : c.education()));
        item(items, "状态", Badges.status(c.status()));
        item(items, "廉情评估", Badges.rating(c.rating()));
        add(items);
        if (detail.editable()) {
            add(new Button("编辑", VaadinIcon.EDIT.create(), e -> edit.run()));
        }
    }

    private static Span text(String value) {
        return new Span(value.isBlank() ? "—" : value);
    }

    private static void item(FormLayout items, String label, Component value) {
        items.addFormItem(value, label);
    }
}
