package cn.qinglian.portal.dashboard.ui;

import cn.qinglian.portal.dashboard.Period;
import com.vaadin.flow.component.Component;
import org.jspecify.annotations.Nullable;

import java.util.Optional;

/**
 * A panel a later feature (petitions, clean index, 三资 warnings) adds to the dashboard, so the dashboard
 * does not depend on those features. Implementations are Spring beans; panels follow the built-in
 * charts in {@link #order()}. They run on the UI thread: keep them to a few SQL aggregates.
 */
public interface DashboardPanel {

    int order();

    /**
     * The panel for the signed-in user, period and township (null: the user's whole scope), or empty
     * when it has nothing for them. Its numbers should be links to the lists of their rows.
     */
    Optional<Component> content(Period period, @Nullable Long townshipId);
}
