package cn.qinglian.portal.letter.ui;

import cn.qinglian.portal.base.ui.ZhCn;
import cn.qinglian.portal.letter.PublicationDraft;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.data.binder.BeanValidationBinder;

import java.util.Optional;

/** Edits a {@link PublicationDraft}: the date and the place, picked from the usual ones or typed. */
class PublicationForm extends Composite<FormLayout> {

    static final java.util.List<String> USUAL_PLACES = java.util.List.of("村务公开栏", "村（社区）微信群", "党员大会",
            "村民代表会议", "清廉村居宣传栏");

    final DatePicker publishedOn = ZhCn.datePicker("公示日期");
    final ComboBox<String> place = new ComboBox<>("公示地点或方式");
    private final BeanValidationBinder<PublicationDraft> binder = new BeanValidationBinder<>(PublicationDraft.class);
    private PublicationDraft draft = new PublicationDraft();

    PublicationForm() {
        place.setItems(USUAL_PLACES);
        place.setAllowCustomValue(true);
        place.addCustomValueSetListener(e -> place.setValue(e.getDetail()));
        place.setHelperText("可选择或直接输入");
        binder.forField(publishedOn).bind("publishedOn");
        binder.forField(place).withNullRepresentation("").bind("place");
        getContent().add(publishedOn, place);
    }

    void setFormDataObject(PublicationDraft draft) {
        this.draft = draft;
        binder.readBean(draft);
    }

    Optional<PublicationDraft> getFormDataObject() {
        return binder.writeBeanIfValid(draft) ? Optional.of(draft) : Optional.empty();
    }

    BeanValidationBinder<PublicationDraft> binder() {
        return binder;
    }
}
