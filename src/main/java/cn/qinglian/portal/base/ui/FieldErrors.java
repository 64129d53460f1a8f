package cn.qinglian.portal.base.ui;

import cn.qinglian.portal.base.ValidationFailedException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.data.binder.Binder;

/** Puts a service's refusal at the fields it names; what is left over goes into a notification. */
public final class FieldErrors {

    private FieldErrors() {
    }

    public static void show(Binder<?> binder, ValidationFailedException e) {
        StringBuilder rest = new StringBuilder();
        e.fieldErrors().forEach((field, message) -> {
            var binding = field.isEmpty() ? java.util.Optional.<Binder.Binding<?, ?>>empty() : binder.getBinding(field);
            if (binding.isPresent() && binding.get().getField() instanceof HasValidation v) {
                v.setErrorMessage(message);
                v.setInvalid(true);
            } else {
                rest.append(rest.isEmpty() ? "" : "；").append(message);
            }
        });
        if (!rest.isEmpty()) {
            error(rest.toString());
        }
    }

    public static void error(String message) {
        Notification n = Notification.show(message, 6000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    public static void success(String message) {
        Notification n = Notification.show(message, 3000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
