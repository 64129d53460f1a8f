package cn.qinglian.portal.security.ui;

import cn.qinglian.portal.security.Role;
import cn.qinglian.portal.security.ScopeKind;
import cn.qinglian.portal.security.ScopeUnit;
import cn.qinglian.portal.security.UserDraft;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.function.SerializableFunction;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/** Edits a {@link UserDraft}. The scope unit list follows the chosen scope kind. */
public class UserForm extends Composite<FormLayout> {

    final TextField username = new TextField("用户名");
    final TextField displayName = new TextField("姓名");
    final MultiSelectComboBox<Role> roles = new MultiSelectComboBox<>("角色");
    final ComboBox<ScopeKind> scopeKind = new ComboBox<>("数据范围");
    final ComboBox<ScopeUnit> scopeUnit = new ComboBox<>("范围单位");
    private final BeanValidationBinder<UserDraft> binder = new BeanValidationBinder<>(UserDraft.class);
    private final SerializableFunction<ScopeKind, List<ScopeUnit>> units;
    private UserDraft draft = new UserDraft();

    public UserForm(SerializableFunction<ScopeKind, List<ScopeUnit>> units) {
        this.units = units;
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(Role::label);
        scopeKind.setItems(ScopeKind.values());
        scopeKind.setItemLabelGenerator(ScopeKind::label);
        scopeKind.setClearButtonVisible(true);
        scopeKind.setHelperText("不设置数据范围的用户看不到任何业务记录");
        scopeUnit.setItemLabelGenerator(ScopeUnit::name);
        scopeKind.addValueChangeListener(e -> {
            scopeUnit.setItems(e.getValue() == null ? List.of() : units.apply(e.getValue()));
            scopeUnit.setEnabled(e.getValue() != null);
        });
        binder.forField(username).bind("username");
        binder.forField(displayName).bind("displayName");
        binder.forField(roles).bind("roles");
        binder.forField(scopeKind).bind("scopeKind");
        binder.forField(scopeUnit)
                .withValidator(u -> scopeKind.getValue() == null || u != null, "请选择数据范围对应的单位")
                .bind(d -> d.getScopeUnitId() == null ? null : find(d.getScopeKind(), d.getScopeUnitId()),
                        (d, u) -> d.setScopeUnitId(u == null ? null : u.id()));
        getContent().add(username, displayName, roles, scopeKind, scopeUnit);
        getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
    }

    private ScopeUnit find(ScopeKind kind, long id) {
        return kind == null ? null : units.apply(kind).stream().filter(u -> u.id() == id).findFirst().orElse(null);
    }

    public void setFormDataObject(UserDraft draft) {
        this.draft = draft;
        scopeUnit.setItems(draft.getScopeKind() == null ? List.of() : units.apply(draft.getScopeKind()));
        binder.readBean(draft);
    }

    /** The edited draft, or empty while a field is invalid (the field then shows why). */
    public Optional<UserDraft> getFormDataObject() {
        if (draft.getRoles() == null) {
            draft.setRoles(EnumSet.noneOf(Role.class));
        }
        return binder.writeBeanIfValid(draft) ? Optional.of(draft) : Optional.empty();
    }

    public BeanValidationBinder<UserDraft> binder() {
        return binder;
    }
}
