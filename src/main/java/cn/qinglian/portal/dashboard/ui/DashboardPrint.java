package cn.qinglian.portal.dashboard.ui;

import cn.qinglian.portal.base.ui.Downloads;
import cn.qinglian.portal.dashboard.Dashboard;
import cn.qinglian.portal.dashboard.DashboardReport;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.SerializableSupplier;
import org.jspecify.annotations.Nullable;

import java.io.OutputStream;

/** The "打印本页" action: a one-page PDF snapshot of the figures on screen. */
@org.springframework.stereotype.Component
public class DashboardPrint {

    private final DashboardReport report;

    DashboardPrint(DashboardReport report) {
        this.report = report;
    }

    Component button(SerializableSupplier<Dashboard> current, SerializableSupplier<@Nullable String> townshipName) {
        Anchor link = Downloads.button("打印本页", VaadinIcon.PRINT, event -> {
            Dashboard d = current.get();
            byte[] pdf = report.pdf(d, townshipName.get());
            event.setFileName(report.fileName(d));
            event.setContentType(Downloads.PDF);
            try (OutputStream out = event.getOutputStream()) {
                out.write(pdf);
            }
        });
        link.addClassName("dashboard-print");
        link.getElement().setAttribute("title", "把当前页面的统计数字和图表打印为一页PDF，供会议使用");
        return link;
    }
}
