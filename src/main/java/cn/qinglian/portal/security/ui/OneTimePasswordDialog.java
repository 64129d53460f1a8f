package cn.qinglian.portal.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** Shows a one-time password once; it is not stored anywhere in clear text. */
class OneTimePasswordDialog extends Dialog {

    OneTimePasswordDialog(String username, String password) {
        setHeaderTitle("一次性密码");
        Span value = new Span(password);
        value.addClassName("one-time-password");
        add(new Paragraph("用户 " + username + " 的一次性密码："), value,
                new Paragraph("请当面或通过安全渠道告知用户。该密码只显示这一次，用户首次登录时必须修改。"));
        Button ok = new Button("我已记下", e -> close());
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(ok);
        setCloseOnOutsideClick(false);
    }
}
