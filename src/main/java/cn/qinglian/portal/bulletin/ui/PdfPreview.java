package cn.qinglian.portal.bulletin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import cn.qinglian.portal.base.ui.FieldErrors;
import cn.qinglian.portal.report.ReportFailedException;
import com.vaadin.flow.function.SerializableSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayInputStream;
import java.util.Optional;

/**
 * A dialog showing a PDF in the browser's viewer. The PDF is made before the dialog opens, in the click's
 * request: a failing report shows its Chinese message (MainErrorHandler) and never a half-made file.
 */
final class PdfPreview {

    private static final Logger log = LoggerFactory.getLogger(PdfPreview.class);

    private PdfPreview() {
    }

    /** Makes the PDF and shows it; a report that fails shows a Chinese message (the cause goes to the log). */
    static Optional<Dialog> show(String title, String fileName, SerializableSupplier<byte[]> content) {
        byte[] pdf;
        try {
            pdf = content.get();
        } catch (ReportFailedException e) {
            log.error("报表“{}”生成失败", title, e);
            String message = e.getMessage() == null ? "" : e.getMessage();
            int cut = message.indexOf('：');
            FieldErrors.error((cut > 0 ? message.substring(0, cut) : "“" + title + "”生成失败") + "，请稍后重试或联系系统管理员。");
            return Optional.empty();
        }
        return Optional.of(open(title, fileName, pdf));
    }

    static Dialog open(String title, String fileName, byte[] pdf) {
        IFrame frame = new IFrame();
        frame.setSizeFull();
        frame.getElement().setAttribute("title", title);
        frame.getStyle().set("border", "0");
        frame.setSrc(DownloadHandler.fromInputStream(e -> new DownloadResponse(new ByteArrayInputStream(pdf), fileName,
                "application/pdf", pdf.length)).inline());
        Dialog dialog = new Dialog(frame);
        dialog.setHeaderTitle(title);
        dialog.setWidth("min(960px, 95vw)");
        dialog.setHeight("90vh");
        dialog.getFooter().add(new Button("关闭", e -> dialog.close()));
        dialog.open();
        return dialog;
    }
}
