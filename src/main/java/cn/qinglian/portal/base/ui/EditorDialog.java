package cn.qinglian.portal.base.ui;

import cn.qinglian.portal.base.ValidationFailedException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.function.SerializableSupplier;

import java.util.Optional;

/**
 * The editor dialog of the list views: a form, 取消 and 保存. Saving reads the form (nothing happens
 * while a field is invalid), calls the service, and puts a refusal at the fields; the dialog and the
 * user's input stay until the save succeeds.
 */
public class EditorDialog<D> extends Dialog {

    private final Button save = new Button("保存");
    private final Button cancel = new Button("取消", e -> close());

    public EditorDialog(String title, Component form, Binder<?> binder, SerializableSupplier<Optional<D>> read,
                        SerializableConsumer<D> store, SerializableRunnable saved) {
        setHeaderTitle(title);
        add(form);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> read.get().ifPresent(draft -> {
            try {
                store.accept(draft);
                close();
                saved.run();
            } catch (ValidationFailedException ex) {
                FieldErrors.show(binder, ex);
            }
        }));
        getFooter().add(cancel, save);
    }

    /** A further action (停用, 重置密码 …), shown before 取消 and 保存. */
    public void addAction(String text, SerializableRunnable action) {
        Button button = new Button(text, e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().remove(cancel, save);
        getFooter().add(button, cancel, save);
    }
}
