package cn.qinglian.portal.letter.ui;

import cn.qinglian.portal.base.ValidationFailedException;
import cn.qinglian.portal.base.ui.FieldErrors;
import cn.qinglian.portal.letter.LetterStatus;
import cn.qinglian.portal.letter.LetterSteps;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.function.SerializableRunnable;

/** 撤回 the last step of a letter, with the reason; what the step wrote into the archive is revoked. */
class RevertDialog extends Dialog {

    final TextArea reason = new TextArea("撤回原因");
    final Button confirm = new Button("确认撤回");

    RevertDialog(LetterSteps steps, long letterId, int version, LetterStatus status, SerializableRunnable done) {
        setHeaderTitle("撤回“" + status.label() + "”");
        setWidth("32rem");
        reason.setWidthFull();
        reason.setMaxLength(200);
        reason.setRequiredIndicatorVisible(true);
        String effect = switch (status) {
            case SIGNED -> "承诺书回到“待签订”，档案中的廉洁承诺记录标注为已撤销（扫描件保留备查）。";
            case PUBLISHED -> "承诺书回到“已签订”，公示信息清除。";
            case REVIEWED -> "承诺书回到“已公示”，档案中的践诺评议记录标注为已撤销。";
            case PENDING -> "";
        };
        add(new Paragraph(effect), reason);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.addClickListener(e -> {
            try {
                steps.revert(letterId, version, reason.getValue());
            } catch (ValidationFailedException ex) {
                reason.setErrorMessage(ex.fieldErrors().getOrDefault("reason", String.join("；", ex.fieldErrors().values())));
                reason.setInvalid(true);
                return;
            }
            FieldErrors.success("已撤回");
            close();
            done.run();
        });
        getFooter().add(new Button("取消", e -> close()), confirm);
    }
}
