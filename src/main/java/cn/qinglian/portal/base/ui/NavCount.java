package cn.qinglian.portal.base.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;

/**
 * A number shown beside a navigation entry (e.g. the items waiting in "my work"). Features provide
 * them as Spring beans, so the shell does not depend on the features.
 */
public interface NavCount {

    /** The route path of the navigation entry, as in its {@code @Route}. */
    String path();

    /** The number for the signed-in user; 0 shows nothing. */
    int count();

    /** Tells the shell of this UI to re-read its numbers now (e.g. after a step that changes them). */
    static void changed(UI ui) {
        ComponentUtil.fireEvent(ui, new Changed(ui));
    }

    /** Fired on the UI by {@link #changed(UI)}. */
    final class Changed extends ComponentEvent<UI> {
        public Changed(UI ui) {
            super(ui, false);
        }
    }
}
