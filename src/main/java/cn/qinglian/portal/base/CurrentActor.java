package cn.qinglian.portal.base;

import org.jspecify.annotations.Nullable;

/**
 * Who is acting right now, for the audit log. Implemented by the security feature, so that the
 * audit log does not depend on it.
 */
public interface CurrentActor {

    Ref current();

    /** A user, or the system itself ({@code id == null}) for scheduled and start-up work. */
    record Ref(@Nullable Long id, String name) {
        public static final Ref SYSTEM = new Ref(null, "系统");
    }
}
