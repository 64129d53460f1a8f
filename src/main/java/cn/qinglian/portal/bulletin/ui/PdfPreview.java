package cn.qinglian.portal.bulletin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import java.io.ByteArrayInputStream;

/**
 * A dialog showing a PDF in the browser's viewer. The PDF is made before the dialog opens, in the click's
 * request: a failing report shows its Chinese message (MainErrorHandler) and never a half-made file.
 */
final class PdfPreview {

    private PdfPreview() {
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
