package cn.qinglian.portal.cadre.ui;

import cn.qinglian.portal.base.ui.Uploads;
import cn.qinglian.portal.base.ui.ZhCn;
import cn.qinglian.portal.cadre.Cadre;
import cn.qinglian.portal.base.ValidationFailedException;
import cn.qinglian.portal.cadre.CadreDetail;
import cn.qinglian.portal.cadre.CadreService;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.function.SerializableRunnable;

/** 基本信息: the profile read-only, with 编辑 for those who may edit. */
class ProfilePanel extends VerticalLayout {

    ProfilePanel(CadreDetail detail, CadreService cadres, SerializableRunnable edit, SerializableRunnable reload) {
        setPadding(false);
        Cadre c = detail.cadre();
        add(photo(detail, cadres, reload));
        FormLayout items = new FormLayout();
        items.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 2));
        item(items, "姓名", text(c.name()));
        item(items, "性别", text(c.gender().label()));
        item(items, "出生日期", text(ZhCn.date(c.birthDate())));
        // the numbers as this reader may see them (masked unless 纪检办/党建办)
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

    /** The photo (optional); editors may upload or replace it (JPG/PNG, checked by content). */
    private static Component photo(CadreDetail detail, CadreService cadres, SerializableRunnable changed) {
        long id = detail.cadre().id();
        HorizontalLayout box = new HorizontalLayout();
        box.setAlignItems(Alignment.END);
        if (detail.cadre().photoId() != null) {
            Image image = new Image(DownloadHandler.fromInputStream(event -> cadres.photo(id)
                    .map(f -> new DownloadResponse(new ByteArrayInputStream(f.content()), f.info().fileName(),
                            f.info().contentType(), f.content().length))
                    .orElse(DownloadResponse.error(404))), "照片");
            image.setHeight("8rem");
            image.addClassName("cadre-photo");
            box.add(image);
        } else {
            Span none = new Span("暂无照片");
            none.addClassName("cadre-photo-none");
            box.add(none);
        }
        if (detail.editable()) {
            Span error = Uploads.errorLine();
            Upload upload = Uploads.inMemory((meta, bytes) -> {
                try {
                    cadres.setPhoto(id, meta.fileName(), bytes);
                    changed.run();
                } catch (ValidationFailedException e) {
                    Uploads.show(error, e.getMessage());
                }
            }, 5 * 1024 * 1024, 1, "上传照片…", ".jpg", ".jpeg", ".png");
            upload.setWidth("16rem");
            box.add(new VerticalLayout(upload, error));
        }
        return box;
    }

    private static Span text(String value) {
        return new Span(value.isBlank() ? "—" : value);
    }

    private static void item(FormLayout items, String label, Component value) {
        items.addFormItem(value, label);
    }
}
