package cn.qinglian.portal.cadre.ui;

import cn.qinglian.portal.base.ui.BackgroundJob;
import cn.qinglian.portal.base.ui.Downloads;
import cn.qinglian.portal.cadre.ArchiveCard;
import cn.qinglian.portal.cadre.ArchiveCardReport;
import cn.qinglian.portal.cadre.ArchiveCardService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import java.util.ArrayList;
import java.util.List;

/** 打印本村档案卡: every serving cadre of a village in one PDF, made off the UI thread with progress. */
class BatchPrintDialog extends Dialog {

    final ProgressBar progress = new ProgressBar(0, 1);
    final Span status = new Span();
    final Button start = new Button("开始生成", VaadinIcon.PRINT.create());
    private final ArchiveCardService cards;
    private final ArchiveCardReport report;
    private final SecurityContextHolderStrategy contexts;
    private final long villageId;
    private final String villageName;

    BatchPrintDialog(ArchiveCardService cards, ArchiveCardReport report, SecurityContextHolderStrategy contexts,
                     long villageId, String villageName) {
        this.cards = cards;
        this.report = report;
        this.contexts = contexts;
        this.villageId = villageId;
        this.villageName = villageName;
        setHeaderTitle("打印本村档案卡");
        setWidth("32rem");
        progress.setVisible(false);
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(e -> run());
        add(new Paragraph("将" + villageName + "全部在任干部的廉洁档案卡合成一个PDF文件，每人一页。"), progress, status);
        getFooter().add(new Button("关闭", e -> close()), start);
    }

    private void run() {
        UI ui = UI.getCurrent();
        start.setEnabled(false);
        progress.setVisible(true);
        progress.setValue(0);
        status.setText("正在汇集档案…");
        BackgroundJob.start(ui, BackgroundJob.asSignedInUser(contexts, () -> {
            List<Long> ids = cards.servingCadresOf(villageId);
            List<ArchiveCard> all = new ArrayList<>(ids.size());
            for (Long id : ids) {
                all.add(cards.card(id));
            }
            if (all.isEmpty()) {
                return new byte[0];
            }
            return report.batchPdf(all, (done, total) -> BackgroundJob.update(ui, () -> {
                progress.setValue(total == 0 ? 1 : done / (double) total);
                status.setText("正在生成：" + done + " / " + total);
            }));
        }), this::offer, () -> {
            start.setEnabled(true);
            progress.setVisible(false);
            status.setText("");
        });
    }

    private void offer(byte[] pdf) {
        progress.setVisible(false);
        if (pdf.length == 0) {
            status.setText(villageName + "没有在任干部，无需打印。");
            return;
        }
        status.setText("已生成。");
        String fileName = villageName + "-廉洁档案卡.pdf";
        var download = Downloads.button("下载PDF", VaadinIcon.DOWNLOAD, Downloads.bytes(fileName, Downloads.PDF, () -> pdf));
        download.addClassName("batch-download");
        add(download);
    }
}
