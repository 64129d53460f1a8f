package cn.qinglian.portal.letter.ui;

import cn.qinglian.portal.attachment.AttachmentStore;
import cn.qinglian.portal.base.BaseConfiguration;
import cn.qinglian.portal.base.ValidationFailedException;
import cn.qinglian.portal.base.ui.FieldErrors;
import cn.qinglian.portal.base.ui.Uploads;
import cn.qinglian.portal.base.ui.ZhCn;
import cn.qinglian.portal.letter.LetterSteps;
import cn.qinglian.portal.letter.SigningDraft;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.function.SerializableRunnable;

import java.time.LocalDate;
import java.util.LinkedHashMap;

/**
 * 登记签订: the signing date and the scan of the signed letter (PDF, JPG or PNG, checked from its content
 * when it arrives and again when stored). The scan goes into the cadre's archive with the 廉洁承诺 entry.
 */
class SigningDialog extends Dialog {

    static final int MAX_BYTES = (int) AttachmentStore.MAX_BYTES;

    final DatePicker signedOn = ZhCn.datePicker("签订日期");
    final Upload upload;
    final Span uploadError = Uploads.errorLine();
    final Button save = new Button("确认签订");
    private final SigningDraft draft = new SigningDraft();

    SigningDialog(LetterSteps steps, long letterId, int version, String cadreName, SerializableRunnable done) {
        setHeaderTitle("登记签订 · " + cadreName);
        setWidth("34rem");
        signedOn.setValue(LocalDate.now(BaseConfiguration.ZONE));
        signedOn.setMax(LocalDate.now(BaseConfiguration.ZONE));
        signedOn.setRequiredIndicatorVisible(true);
        upload = Uploads.inMemory((metadata, bytes) -> receive(metadata.fileName(), bytes), MAX_BYTES, 1,
                "上传签字扫描件…", ".pdf", ".jpg", ".jpeg", ".png");
        upload.addFileRejectedListener(e -> Uploads.show(uploadError, e.getErrorMessage()));
        upload.addFileRemovedListener(e -> draft.setScan(null, null));
        Span hint = new Span("签字后的承诺书扫描件：PDF、JPG或PNG，不超过20MB。签订后自动记入该干部的廉洁档案。");
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        add(signedOn, hint, upload, uploadError);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            draft.setSignedOn(signedOn.getValue());
            try {
                steps.sign(letterId, version, draft);
            } catch (ValidationFailedException ex) {
                show(ex);
                return;
            }
            FieldErrors.success("已登记签订，并记入廉洁档案");
            close();
            done.run();
        });
        getFooter().add(new Button("取消", e -> close()), save);
    }

    /** Checked at once, so a wrong file is refused at the upload, not at 确认. */
    private void receive(String fileName, byte[] bytes) {
        try {
            AttachmentStore.check(fileName, bytes);
            draft.setScan(fileName, bytes);
            Uploads.show(uploadError, "");
        } catch (ValidationFailedException e) {
            draft.setScan(null, null);
            Uploads.show(uploadError, fileName + "：" + e.getMessage());
        }
    }

    private void show(ValidationFailedException ex) {
        var errors = new LinkedHashMap<>(ex.fieldErrors());
        String scan = errors.remove("scan");
        if (scan != null) {
            Uploads.show(uploadError, scan);
        }
        String date = errors.remove("signedOn");
        if (date != null) {
            signedOn.setErrorMessage(date);
            signedOn.setInvalid(true);
        }
        if (!errors.isEmpty()) {
            FieldErrors.error(String.join("；", errors.values()));
        }
    }
}
