package cn.qinglian.portal.base.ui;

import cn.qinglian.portal.base.RecordNotFoundException;
import cn.qinglian.portal.base.ValidationFailedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

import java.util.UUID;

/**
 * Logs an error that reached the UI and tells the user in Chinese. It never navigates away or
 * clears a form, so what the user typed stays on the screen.
 */
public class MainErrorHandler implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(MainErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        String message = messageFor(event.getThrowable());
        if (UI.getCurrent() != null) {
            UI.getCurrent().access(() -> FieldErrors.error(message));
        }
    }

    static String messageFor(Throwable error) {
        Throwable t = error;
        while (t != null) {
            switch (t) {
                case ValidationFailedException v -> { return v.getMessage(); }
                case OptimisticLockingFailureException o -> {
                    return "该记录已被他人修改。您的输入仍保留在页面上，请刷新数据后重新提交。";
                }
                case AccessDeniedException a -> { return "无权执行此操作。"; }
                case RecordNotFoundException r -> { return r.getMessage(); }
                default -> { }
            }
            t = t.getCause();
        }
        String ref = UUID.randomUUID().toString().substring(0, 8);
        log.error("未处理的错误（编号 {}）", ref, error);
        return "操作失败，请稍后重试。如问题持续，请将错误编号 " + ref + " 告知系统管理员。";
    }
}
