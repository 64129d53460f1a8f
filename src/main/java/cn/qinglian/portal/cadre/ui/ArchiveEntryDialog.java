package cn.qinglian.portal.cadre.ui;

import cn.qinglian.portal.base.ui.Uploads;
import cn.qinglian.portal.attachment.AttachmentStore;
import cn.qinglian.portal.attachment.FileType;
import cn.qinglian.portal.base.BaseConfiguration;
import cn.qinglian.portal.base.ValidationFailedException;
import cn.qinglian.portal.base.ui.FieldErrors;
import cn.qinglian.portal.cadre.ArchiveEntryDraft;
import cn.qinglian.portal.cadre.ArchiveService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.server.streams.UploadEvent;

import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * 新增档案记录: the entry form and its attachments. Files are checked when they arrive; the entry and
 * its files are stored in one transaction, so a refusal leaves nothing saved and the input on screen.
 */
class ArchiveEntryDialog extends Dialog {

    static final int MAX_BYTES = (int) AttachmentStore.MAX_BYTES;

    final ArchiveEntryForm form = new ArchiveEntryForm();
    final Upload upload;
    final Span uploadError = Uploads.errorLine();
    final Button save = new Button("保存");
    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private final ArchiveService archive;

    ArchiveEntryDialog(ArchiveService archive, long cadreId, SerializableRunnable onSaved) {
        this.archive = archive;
        setHeaderTitle("新增档案记录");
        setWidth("46rem");
        ArchiveEntryDraft draft = new ArchiveEntryDraft();
        draft.setCadreId(cadreId);
        draft.setEntryDate(LocalDate.now(BaseConfiguration.ZONE));
        form.setFormDataObject(draft);

        upload = new Upload(this::receive);
        upload.setMaxFileSize(MAX_BYTES);
        upload.setMaxFiles(10);
        upload.setAcceptedFileTypes(".pdf", ".jpg", ".jpeg", ".png", ".docx", ".xlsx");
        upload.setI18n(Uploads.i18n("选择附件…", MAX_BYTES));
        upload.setWidthFull();
        upload.addFileRejectedListener(e -> Uploads.show(uploadError, e.getErrorMessage()));
        upload.addFileRemovedListener(e -> files.remove(e.getFileName()));
        Span hint = new Span("附件（扫描件等）：" + FileType.ACCEPTED + "，每个不超过20MB");
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        VerticalLayout attachments = new VerticalLayout(hint, upload, uploadError);
        attachments.setPadding(false);
        attachments.setSpacing(false);
        add(form, attachments);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save(onSaved));
        getFooter().add(new Button("取消", e -> close()), save);
    }

    /**
     * The type is recognised from the content, as the service does again when storing; a refused
     * file is marked rejected in the upload's list and its reason shown under it.
     */
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

    private void save(SerializableRunnable onSaved) {
        var draft = form.getFormDataObject();
        if (draft.isEmpty()) {
            return;
        }
        try {
            archive.save(draft.get(), Map.copyOf(files));
        } catch (ValidationFailedException ex) {
            var fieldErrors = new LinkedHashMap<>(ex.fieldErrors());
            String fileError = fieldErrors.remove("file");
            if (fileError != null) {
                Uploads.show(uploadError, fileError);
            }
            if (!fieldErrors.isEmpty()) {
                FieldErrors.show(form.binder(), new ValidationFailedException(fieldErrors));
            }
            return;
        }
        FieldErrors.success("档案记录已保存");
        close();
        onSaved.run();
    }
}
