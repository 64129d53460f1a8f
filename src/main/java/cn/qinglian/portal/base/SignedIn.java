package cn.qinglian.portal.base;

/** What the application shell shows about the signed-in user. */
public interface SignedIn {

    String displayName();

    String rolesLabel();

    String scopeLabel();
}
