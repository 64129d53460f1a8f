package cn.qinglian.portal.clearance.ui;

import cn.qinglian.portal.attachment.AttachmentStore;
import cn.qinglian.portal.attachment.FileType;
import cn.qinglian.portal.base.ValidationFailedException;
import cn.qinglian.portal.base.ui.FieldErrors;
import cn.qinglian.portal.base.ui.Uploads;
import cn.qinglian.portal.clearance.UploadedFile;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.server.streams.UploadEvent;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One workflow step (报送进展, 提交验收, 退回, 销号, 重新打开, 延期): the step's form, files where the step
 * takes them, and the service call. A refusal stays in the dialog at its field; the input is kept.
 */
class StepDialog extends Dialog {

    /** The service call of the step. */
    interface Step extends Serializable {
        void run(StepDraft draft, List<UploadedFile> files);
    }

    static final int MAX_BYTES = (int) AttachmentStore.MAX_BYTES;

    final StepForm form;
    final Button confirm;
    final Span uploadError = Uploads.errorLine();
    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private final boolean withFiles;

    StepDialog(String title, String confirmText, StepForm form, boolean withFiles, String filesHint, Step step,
               SerializableRunnable done) {
        this.form = form;
        this.withFiles = withFiles;
        setHeaderTitle(title);
        setWidth("40rem");
        add(form);
        if (withFiles) {
            Upload upload = new Upload(this::receive);
            upload.setMaxFileSize(MAX_BYTES);
            upload.setMaxFiles(10);
            upload.setAcceptedFileTypes(".pdf", ".jpg", ".jpeg", ".png", ".docx", ".xlsx");
            upload.setI18n(Uploads.i18n("选择文件…", MAX_BYTES));
            upload.setWidthFull();
            upload.addFileRejectedListener(e -> Uploads.show(uploadError, e.getErrorMessage()));
            upload.addFileRemovedListener(e -> files.remove(e.getFileName()));
            Span hint = new Span(filesHint + "：" + FileType.ACCEPTED + "，每个不超过20MB");
            hint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
            add(hint, upload, uploadError);
        }
        confirm = new Button(confirmText, e -> form.getFormDataObject().ifPresent(draft -> {
            List<UploadedFile> given = new ArrayList<>();
            files.forEach((name, bytes) -> given.add(new UploadedFile(name, bytes)));
            try {
                step.run(draft, given);
            } catch (ValidationFailedException ex) {
                show(ex);
                return;
            }
            close();
            done.run();
        }));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("取消", e -> close()), confirm);
    }

    /** Test hook and programmatic use: a file as if uploaded. */
    void attach(String name, byte[] content) {
        files.put(name, content);
    }

    private void show(ValidationFailedException ex) {
        Map<String, String> rest = new LinkedHashMap<>();
        ex.fieldErrors().forEach((field, message) -> {
            switch (field) {
                case "evidence", "file" -> {
                    if (withFiles) {
                        Uploads.show(uploadError, message);
                    } else {
                        FieldErrors.error(message);
                    }
                }
                case "reason", "opinion", "note" -> rest.put("note", message);
                default -> rest.put(field, message);
            }
        });
        if (!rest.isEmpty()) {
            FieldErrors.show(form.binder(), new ValidationFailedException(rest));
        }
    }

    private void receive(UploadEvent event) throws IOException {
        String fileName = event.getFileName();
        byte[] bytes;
        try (var in = event.getInputStream()) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        }
        try {
            AttachmentStore.check(fileName, bytes);
            event.getUI().access(() -> {
                files.put(fileName, bytes);
                Uploads.show(uploadError, "");
            });
        } catch (ValidationFailedException e) {
            event.reject(e.getMessage());
            event.getUI().access(() -> Uploads.show(uploadError, fileName + "：" + e.getMessage()));
        }
    }
}
