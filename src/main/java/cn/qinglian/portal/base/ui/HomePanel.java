package cn.qinglian.portal.base.ui;

import com.vaadin.flow.component.Component;

import java.util.Optional;

/** A panel a feature adds to the 工作台 after sign-in (e.g. "my work"); Spring beans, in {@link #order()}. */
public interface HomePanel {

    int order();

    /** The panel for the signed-in user, or empty when it has nothing for them. */
    Optional<Component> content();
}
