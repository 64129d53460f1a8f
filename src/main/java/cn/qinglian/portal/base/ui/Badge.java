package cn.qinglian.portal.base.ui;

import com.vaadin.flow.component.html.Span;

/** A small Lumo badge: {@code variant} is "", "success", "error", "warning" or "contrast". */
public final class Badge {

    private Badge() {
    }

    public static Span of(String text, String variant) {
        Span s = new Span(text);
        s.getElement().getThemeList().add(variant.isEmpty() ? "badge" : "badge " + variant);
        return s;
    }
}
