package cn.qinglian.portal.cadre.ui;

import cn.qinglian.portal.base.ValidationFailedException;
import cn.qinglian.portal.base.ui.FieldErrors;
import cn.qinglian.portal.cadre.Cadre;
import cn.qinglian.portal.cadre.CadreDraft;
import cn.qinglian.portal.cadre.CadreService;
import cn.qinglian.portal.organisation.OrgUnit;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.function.SerializableConsumer;

import java.util.List;

/** The dialog around {@link CadreForm}, for 新增干部 on the list and 编辑 on the detail view. */
final class CadreEditor {

    private CadreEditor() {
    }

    static Dialog open(CadreService cadres, List<OrgUnit> villages, CadreDraft draft, SerializableConsumer<Cadre> saved) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(draft.getId() == null ? "新增干部" : "编辑干部 " + draft.getName());
        dialog.setWidth("48rem");
        CadreForm form = new CadreForm(villages);
        form.setFormDataObject(draft);
        dialog.add(form);
        Button save = new Button("保存", e -> form.getFormDataObject().ifPresent(d -> {
            try {
                Cadre cadre = cadres.save(d);
                FieldErrors.success("已保存");
                dialog.close();
                saved.accept(cadre);
            } catch (ValidationFailedException ex) {
                FieldErrors.show(form.binder(), ex);
            }
        }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("取消", e -> dialog.close()), save);
        dialog.open();
        return dialog;
    }
}
