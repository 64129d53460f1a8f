package cn.qinglian.portal.organisation.ui;

import cn.qinglian.portal.organisation.OfficeDraft;
import cn.qinglian.portal.security.ScopeUnit;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;

import java.util.List;
import java.util.Optional;

/** Edits an {@link OfficeDraft}. */
public class OfficeForm extends Composite<FormLayout> {

    final ComboBox<ScopeUnit> township = new ComboBox<>("所属乡镇");
    final TextField name = new TextField("名称");
    final TextArea duty = new TextArea("职责说明");
    final IntegerField sortOrder = new IntegerField("排序号");
    private final BeanValidationBinder<OfficeDraft> binder = new BeanValidationBinder<>(OfficeDraft.class);
    private final List<ScopeUnit> townships;
    private OfficeDraft draft = new OfficeDraft();

    public OfficeForm(List<ScopeUnit> townships) {
        this.townships = townships;
        township.setItems(townships);
        township.setItemLabelGenerator(ScopeUnit::name);
        binder.forField(township).asRequired("请选择所属乡镇")
                .bind(d -> find(d.getTownshipId()), (d, u) -> d.setTownshipId(u == null ? null : u.id()));
        binder.forField(name).bind("name");
        binder.forField(duty).bind("duty");
        // an empty field means 0: the draft holds a primitive
        binder.forField(sortOrder).withConverter(v -> v == null ? 0 : v, v -> v).bind("sortOrder");
        getContent().add(township, name, duty, sortOrder);
    }

    private ScopeUnit find(Long id) {
        return id == null ? null : townships.stream().filter(t -> t.id() == id).findFirst().orElse(null);
    }

    public void setFormDataObject(OfficeDraft draft) {
        this.draft = draft;
        if (draft.getTownshipId() == null && townships.size() == 1) {
            draft.setTownshipId(townships.getFirst().id());
        }
        binder.readBean(draft);
    }

    /** The edited draft, or empty while a field is invalid. */
    public Optional<OfficeDraft> getFormDataObject() {
        return binder.writeBeanIfValid(draft) ? Optional.of(draft) : Optional.empty();
    }

    public BeanValidationBinder<OfficeDraft> binder() {
        return binder;
    }
}
