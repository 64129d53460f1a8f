package cn.qinglian.portal.clearance.ui;

import cn.qinglian.portal.base.ui.EditorDialog;
import cn.qinglian.portal.base.ui.FieldErrors;
import cn.qinglian.portal.clearance.ClearanceItemDraft;
import cn.qinglian.portal.clearance.ClearanceService;
import cn.qinglian.portal.organisation.OfficeService;
import cn.qinglian.portal.organisation.VillageService;
import com.vaadin.flow.function.SerializableConsumer;

/** Opens the item form in the list's editor dialog; new items and changes go through the service. */
final class ClearanceItemEditor {

    private ClearanceItemEditor() {
    }

    static EditorDialog<ClearanceItemDraft> open(ClearanceService service, VillageService villages, OfficeService offices,
                                                 ClearanceItemDraft draft, SerializableConsumer<Long> saved) {
        ClearanceItemForm form = new ClearanceItemForm(villages.choices(), offices.choices(), service.batches());
        form.setFormDataObject(draft);
        long[] id = {draft.getId() == null ? 0 : draft.getId()};
        EditorDialog<ClearanceItemDraft> dialog = new EditorDialog<>(draft.getId() == null ? "新增清单事项" : "修改清单事项",
                form, form.binder(), form::getFormDataObject, d -> {
                    if (d.getId() == null) {
                        id[0] = service.create(d);
                    } else {
                        service.update(d);
                    }
                }, () -> {
                    FieldErrors.success("清单事项已保存");
                    saved.accept(id[0]);
                });
        dialog.setWidth("48rem");
        dialog.open();
        return dialog;
    }
}
