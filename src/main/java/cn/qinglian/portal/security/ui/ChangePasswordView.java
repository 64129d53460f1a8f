package cn.qinglian.portal.security.ui;

import cn.qinglian.portal.base.ValidationFailedException;
import cn.qinglian.portal.base.ui.FieldErrors;
import cn.qinglian.portal.security.AccountService;
import cn.qinglian.portal.security.PasswordPolicy;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** Change one's own password; forced after a first sign-in, a reset or expiry. */
@Route("password")
@PageTitle("修改密码")
@PermitAll
public class ChangePasswordView extends VerticalLayout {

    final PasswordField current = new PasswordField("当前密码");
    final PasswordField next = new PasswordField("新密码");
    final PasswordField repeat = new PasswordField("再次输入新密码");
    final Button save = new Button("保存新密码");

    public ChangePasswordView(AccountService accounts) {
        setMaxWidth("32rem");
        Paragraph intro = new Paragraph(accounts.passwordChangeRequired()
                ? "您正在使用初始密码、重置后的密码或已过期的密码，请先设置新密码再继续使用。"
                : "定期更换密码有助于保护账户安全。");
        next.setHelperText(PasswordPolicy.RULE);
        FormLayout fields = new FormLayout(current, next, repeat);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            for (PasswordField f : new PasswordField[]{current, next, repeat}) {
                f.setInvalid(false);
            }
            if (!next.getValue().equals(repeat.getValue())) {
                repeat.setErrorMessage("两次输入的新密码不一致");
                repeat.setInvalid(true);
                return;
            }
            try {
                accounts.changeOwnPassword(current.getValue(), next.getValue());
                FieldErrors.success("密码已修改");
                getUI().ifPresent(ui -> ui.navigate(""));
            } catch (ValidationFailedException ex) {
                ex.fieldErrors().forEach((field, message) -> {
                    PasswordField target = field.equals("currentPassword") ? current : next;
                    target.setErrorMessage(message);
                    target.setInvalid(true);
                });
            }
        });
        add(new H2("修改密码"), intro, fields, save);
    }
}
