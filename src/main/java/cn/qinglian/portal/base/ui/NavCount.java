package cn.qinglian.portal.base.ui;

/**
 * A number shown beside a navigation entry (e.g. the items waiting in "my work"). Features provide
 * them as Spring beans, so the shell does not depend on the features.
 */
public interface NavCount {

    /** The route path of the navigation entry, as in its {@code @Route}. */
    String path();

    /** The number for the signed-in user; 0 shows nothing. */
    int count();
}
