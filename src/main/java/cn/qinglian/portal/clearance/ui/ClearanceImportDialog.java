package cn.qinglian.portal.clearance.ui;

import cn.qinglian.portal.base.ui.BackgroundJob;
import cn.qinglian.portal.base.ui.Downloads;
import cn.qinglian.portal.base.ui.FieldErrors;
import cn.qinglian.portal.base.ui.Uploads;
import cn.qinglian.portal.clearance.ClearanceImport;
import cn.qinglian.portal.clearance.ImportProblem;
import cn.qinglian.portal.clearance.ImportResult;
import cn.qinglian.portal.clearance.ImportTemplate;
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
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * 导入移交清单: template download, upload, and either the counts of what was stored or the
 * row-by-row report of why nothing was. The import runs off the UI thread.
 */
class ClearanceImportDialog extends Dialog {

    final Upload upload;
    final ProgressBar progress = new ProgressBar();
    final Span progressText = new Span("正在校验并导入，请稍候…");
    final Span outcome = Uploads.errorLine();
    final Span done = new Span();
    final Grid<ImportProblem> problems = new Grid<>(ImportProblem.class, false);
    private final ClearanceImport importer;
    private final SecurityContextHolderStrategy contexts;
    private final SerializableRunnable imported;

    ClearanceImportDialog(ClearanceImport importer, SecurityContextHolderStrategy contexts, SerializableRunnable imported) {
        this.importer = importer;
        this.contexts = contexts;
        this.imported = imported;
        setHeaderTitle("导入移交清单");
        setWidth("46rem");
        Paragraph intro = new Paragraph("请下载导入模板，按模板填写后上传（.xlsx，不超过10MB）。同一批次中编号已有的事项按文件更新，"
                + "其余新增；再次导入同一文件不会重复建立。文件中任何一行有误时，不保存任何数据，并列出每一处问题。");
        Anchor template = new Anchor(Downloads.bytes(ImportTemplate.FILE_NAME, Downloads.XLSX, importer::template),
                "下载导入模板");
        template.getStyle().set("display", "inline-block").set("margin-bottom", "var(--lumo-space-s)");
        upload = Uploads.inMemory((meta, bytes) -> start(meta.fileName(), bytes), (int) ClearanceImport.MAX_BYTES, 1,
                "选择清单文件…", ".xlsx");
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
        add(intro, template, upload, progressText, progress, outcome, problems, done);
        getFooter().add(new Button("关闭", e -> close()));
    }

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
            String text = "导入完成：共 " + result.rows() + " 行；新增 " + result.created() + " 项，更新 "
                    + result.updated() + " 项，未变化 " + result.unchanged() + " 项。";
            FieldErrors.success(text);
            done.setText(text);
            done.setVisible(true);
            imported.run();
        }
    }
}
