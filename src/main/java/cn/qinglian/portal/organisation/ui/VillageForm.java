package cn.qinglian.portal.organisation.ui;

import cn.qinglian.portal.organisation.VillageDraft;
import cn.qinglian.portal.organisation.VillageKind;
import cn.qinglian.portal.security.ScopeUnit;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;

import java.util.List;
import java.util.Optional;

/** Edits a {@link VillageDraft}. */
public class VillageForm extends Composite<FormLayout> {

    final ComboBox<ScopeUnit> township = new ComboBox<>("所属乡镇");
    final TextField name = new TextField("名称");
    final RadioButtonGroup<VillageKind> kind = new RadioButtonGroup<>("类型");
    final TextField code = new TextField("编码");
    final IntegerField sortOrder = new IntegerField("排序号");
    private final BeanValidationBinder<VillageDraft> binder = new BeanValidationBinder<>(VillageDraft.class);
    private final List<ScopeUnit> townships;
    private VillageDraft draft = new VillageDraft();

    public VillageForm(List<ScopeUnit> townships) {
        this.townships = townships;
        township.setItems(townships);
        township.setItemLabelGenerator(ScopeUnit::name);
        kind.setItems(VillageKind.values());
        kind.setItemLabelGenerator(VillageKind::label);
        binder.forField(township).asRequired("请选择所属乡镇")
                .bind(d -> find(d.getTownshipId()), (d, u) -> d.setTownshipId(u == null ? null : u.id()));
        binder.forField(name).bind("name");
        binder.forField(kind).bind("kind");
        binder.forField(code).bind("code");
        // an empty field means 0: the draft holds a primitive
        binder.forField(sortOrder).withConverter(v -> v == null ? 0 : v, v -> v).bind("sortOrder");
        getContent().add(township, name, kind, code, sortOrder);
    }

    private ScopeUnit find(Long id) {
        return id == null ? null : townships.stream().filter(t -> t.id() == id).findFirst().orElse(null);
    }

    public void setFormDataObject(VillageDraft draft) {
        this.draft = draft;
        if (draft.getTownshipId() == null && townships.size() == 1) {
            draft.setTownshipId(townships.getFirst().id());
        }
        binder.readBean(draft);
    }

    /** The edited draft, or empty while a field is invalid. */
    public Optional<VillageDraft> getFormDataObject() {
        return binder.writeBeanIfValid(draft) ? Optional.of(draft) : Optional.empty();
    }

    public BeanValidationBinder<VillageDraft> binder() {
        return binder;
    }
}
