package cn.qinglian.portal.base.ui;

import cn.qinglian.portal.base.ImportProblem;
import cn.qinglian.portal.base.ImportResult;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.function.SerializableSupplier;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import java.io.Serializable;

/**
 * A spreadsheet import (花名册, 移交清单): template download, upload, and either the counts of what was
 * stored or the row-by-row report of why nothing was. The import runs off the UI thread so the progress
 * bar stays alive.
 */
public class ImportDialog extends Dialog {

    /** The feature's import: the file's bytes and name in, the outcome out. */
    @FunctionalInterface
    public interface Importer extends Serializable {
        ImportResult run(byte[] content, String fileName);
    }

    /** What the dialog says: title, intro, the template and the unit counted ("人", "项"). */
    public record Texts(String title, String intro, String templateFileName, String chooseFile, String unit) {
    }

    final Upload upload;
    final ProgressBar progress = new ProgressBar();
    final Span progressText = new Span("正在校验并导入，请稍候…");
    final Span outcome = Uploads.errorLine();
    final Grid<ImportProblem> problems = new Grid<>(ImportProblem.class, false);
    final Span done = new Span();
    private final Texts texts;
    private final Importer importer;
    private final SecurityContextHolderStrategy contexts;
    private final SerializableRunnable imported;

    public ImportDialog(Texts texts, SerializableSupplier<byte[]> template, int maxBytes, Importer importer,
                        SecurityContextHolderStrategy contexts, SerializableRunnable imported) {
        this.texts = texts;
        this.importer = importer;
        this.contexts = contexts;
        this.imported = imported;
        setHeaderTitle(texts.title());
        setWidth("46rem");
        Anchor download = new Anchor(Downloads.bytes(texts.templateFileName(), Downloads.XLSX, template), "下载导入模板");
        download.getStyle().set("display", "inline-block").set("margin-bottom", "var(--lumo-space-s)");
        upload = Uploads.inMemory((meta, bytes) -> start(meta.fileName(), bytes), maxBytes, 1, texts.chooseFile(), ".xlsx");
        upload.addFileRejectedListener(e -> Uploads.show(outcome, e.getErrorMessage()));
        progress.setIndeterminate(true);
        progress.setVisible(false);
        progressText.setVisible(false);
        problems.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        problems.addColumn(ImportProblem::row).setHeader("行号").setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(ImportProblem::column).setHeader("列").setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(ImportProblem::reason).setHeader("原因").setFlexGrow(1);
        problems.setHeight("16rem");
        problems.setVisible(false);
        done.addClassName("import-done");
        done.getStyle().set("color", "var(--lumo-success-text-color)");
        done.setVisible(false);
        add(new Paragraph(texts.intro()), download, upload, progressText, progress, outcome, problems, done);
        getFooter().add(new Button("关闭", e -> close()));
    }

    /** Runs in the upload's UI access: show the progress, then do the work on another thread. */
    private void start(String fileName, byte[] bytes) {
        problems.setVisible(false);
        done.setVisible(false);
        Uploads.show(outcome, "");
        progress.setVisible(true);
        progressText.setVisible(true);
        upload.setEnabled(false);
        BackgroundJob.start(UI.getCurrent(), BackgroundJob.asSignedInUser(contexts, () -> importer.run(bytes, fileName)),
                this::show, this::idle);
    }

    private void idle() {
        progress.setVisible(false);
        progressText.setVisible(false);
        upload.setEnabled(true);
        upload.clearFileList();
    }

    void show(ImportResult result) {
        idle();
        if (result.refusal() != null) {
            Uploads.show(outcome, result.refusal());
        } else if (!result.problems().isEmpty()) {
            Uploads.show(outcome, "共 " + result.rows() + " 行，发现 " + result.problems().size()
                    + " 处问题，未保存任何数据。请按下表修改后重新上传。");
            problems.setItems(result.problems());
            problems.setVisible(true);
        } else {
            String unit = texts.unit();
            String text = "导入完成：共 " + result.rows() + " 行；新增 " + result.created() + " " + unit + "，更新 "
                    + result.updated() + " " + unit + "，未变化 " + result.unchanged() + " " + unit + "。";
            FieldErrors.success(text);
            done.setText(text);
            done.setVisible(true);
            imported.run();
        }
    }
}
