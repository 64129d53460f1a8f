package cn.qinglian.portal.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** Every UI speaks zh-CN, and every session reports errors through {@link MainErrorHandler}. */
@Component
class UiSetup implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(new MainErrorHandler()));
        event.getSource().addUIInitListener(e -> e.getUI().setLocale(ZhCn.LOCALE));
    }
}
