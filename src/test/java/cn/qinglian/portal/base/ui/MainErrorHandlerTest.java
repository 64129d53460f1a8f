package cn.qinglian.portal.base.ui;

import cn.qinglian.portal.base.RecordNotFoundException;
import cn.qinglian.portal.base.ValidationFailedException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;

class MainErrorHandlerTest {

    @Test
    void everyErrorBecomesAChineseMessage() {
        assertThat(MainErrorHandler.messageFor(new RuntimeException(new ValidationFailedException("name", "请输入名称"))))
                .isEqualTo("请输入名称");
        assertThat(MainErrorHandler.messageFor(new OptimisticLockingFailureException("x")))
                .contains("已被他人修改").contains("您的输入仍保留");
        assertThat(MainErrorHandler.messageFor(new AccessDeniedException("x"))).isEqualTo("无权执行此操作。");
        assertThat(MainErrorHandler.messageFor(new RecordNotFoundException("村居"))).isEqualTo("村居不存在或无权查看");
        assertThat(MainErrorHandler.messageFor(new IllegalStateException("boom")))
                .startsWith("操作失败，请稍后重试").containsPattern("错误编号 [0-9a-f]{8}");
    }
}
