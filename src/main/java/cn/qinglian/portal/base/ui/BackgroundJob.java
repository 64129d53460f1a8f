package cn.qinglian.portal.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.function.SerializableSupplier;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Runs slow work (PDF batches, imports) off the UI thread and hands the result back with
 * {@link UI#access}. The app shell has no {@code @Push}, so the browser polls while a job runs.
 */
public final class BackgroundJob {

    public static final int POLL_MILLIS = 500;

    private BackgroundJob() {
    }

    /** {@code failed} puts the screen back (e.g. hides a progress bar) before the error is reported. */
    public static <T> void start(UI ui, SerializableSupplier<T> work, SerializableConsumer<T> done, SerializableRunnable failed) {
        ui.setPollInterval(POLL_MILLIS);
        Thread.ofVirtual().name("portal-ui-job").start(() -> {
            try {
                T result = work.get();
                ui.access(() -> {
                    ui.setPollInterval(-1);
                    done.accept(result);
                });
            } catch (RuntimeException e) {
                // thrown inside access(), the session's error handler logs it and tells the user in Chinese
                ui.access(() -> {
                    ui.setPollInterval(-1);
                    failed.run();
                    throw e;
                });
            }
        });
    }

    /**
     * Wraps work that calls services: they read the signed-in user from the security context, which
     * a new thread does not inherit from the UI thread.
     */
    public static <T> SerializableSupplier<T> asSignedInUser(SecurityContextHolderStrategy contexts, SerializableSupplier<T> work) {
        SecurityContext context = contexts.getContext();
        return () -> {
            contexts.setContext(context);
            try {
                return work.get();
            } finally {
                contexts.clearContext();
            }
        };
    }

    /** For progress callbacks from the job's thread. */
    public static void update(UI ui, Runnable change) {
        ui.access(change::run);
    }
}
