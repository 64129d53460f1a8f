package cn.qinglian.portal.security.ui;

import cn.qinglian.portal.security.AccountService;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Sends a user whose password is initial, reset or expired to the password page before anything
 * else can be opened (等保2.0: change at first sign-in).
 */
@Component
class PasswordChangeGuard implements VaadinServiceInitListener {

    private final AccountService accounts;

    PasswordChangeGuard(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(e -> {
            Class<?> target = e.getNavigationTarget();
            if (target == ChangePasswordView.class || target == LoginView.class) {
                return;
            }
            if (accounts.passwordChangeRequired()) {
                e.rerouteTo(ChangePasswordView.class);
            }
        }));
    }
}
