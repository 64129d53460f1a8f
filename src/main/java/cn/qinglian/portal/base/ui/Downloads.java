package cn.qinglian.portal.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import java.io.ByteArrayInputStream;

/** Download links: the content is made when the link is clicked, in that request, not when the view opens. */
public final class Downloads {

    public static final String PDF = "application/pdf";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Downloads() {
    }

    public static DownloadHandler bytes(String fileName, String contentType, SerializableSupplier<byte[]> content) {
        return DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, contentType, bytes.length);
        });
    }

    /** A link that looks like the other toolbar buttons. */
    public static Anchor button(String text, VaadinIcon icon, DownloadHandler handler) {
        Anchor link = new Anchor(handler, "");
        link.removeAll();
        Button button = new Button(text, icon.create());
        button.setTabIndex(-1);
        link.add(button);
        return link;
    }
}
