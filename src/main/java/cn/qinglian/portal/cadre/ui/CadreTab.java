package cn.qinglian.portal.cadre.ui;

import com.vaadin.flow.component.Component;

/**
 * A tab that another feature adds to the cadre detail (the cadre's commitment letters, clearance items),
 * so the cadre feature does not depend on those features. Implementations are Spring beans; the tabs
 * follow the cadre's own tabs in {@link #order()}.
 */
public interface CadreTab {

    int order();

    String label();

    /** The tab's content for a cadre the reader may see; {@code changed} refreshes the detail's header. */
    Component content(long cadreId, Runnable changed);
}
