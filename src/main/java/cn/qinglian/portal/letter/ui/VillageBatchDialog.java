package cn.qinglian.portal.letter.ui;

import cn.qinglian.portal.base.ui.BackgroundJob;
import cn.qinglian.portal.base.ui.Downloads;
import cn.qinglian.portal.letter.LetterPrinting;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** 打印本村承诺书: a village's letters of a year in one PDF for the signing meeting, made with progress. */
class VillageBatchDialog extends Dialog {

    final ProgressBar progress = new ProgressBar(0, 1);
    final Span status = new Span();
    final Button start = new Button("开始生成", VaadinIcon.PRINT.create());

    VillageBatchDialog(LetterPrinting printing, SecurityContextHolderStrategy contexts, long villageId,
                       String villageName, int year) {
        setHeaderTitle("打印本村承诺书");
        setWidth("32rem");
        progress.setVisible(false);
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph("将" + villageName + year + "年度的全部承诺书合成一个PDF文件，每份一页，按职务排序，供签订会使用。"),
                progress, status);
        start.addClickListener(e -> {
            UI ui = UI.getCurrent();
            start.setEnabled(false);
            progress.setVisible(true);
            progress.setValue(0);
            status.setText("正在准备…");
            BackgroundJob.start(ui, BackgroundJob.asSignedInUser(contexts, () -> printing.villageBatch(villageId, year,
                    (done, total) -> BackgroundJob.update(ui, () -> {
                        progress.setValue(done / (double) total);
                        status.setText("正在生成：" + done + " / " + total);
                    }))), pdf -> {
                progress.setVisible(false);
                status.setText("已生成。");
                var download = Downloads.button("下载PDF", VaadinIcon.DOWNLOAD, Downloads.bytes(
                        villageName + "-" + year + "年度廉洁承诺书.pdf", Downloads.PDF, () -> pdf));
                download.addClassName("batch-download");
                add(download);
            }, () -> {
                start.setEnabled(true);
                progress.setVisible(false);
                status.setText("");
            });
        });
        getFooter().add(new Button("关闭", e -> close()), start);
    }
}
