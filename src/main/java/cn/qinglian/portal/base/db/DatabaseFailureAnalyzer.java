package cn.qinglian.portal.base.db;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import java.sql.SQLException;

/**
 * Turns a failed database connection at start-up into a message that names the setting to fix,
 * instead of a page of stack trace.
 */
public class DatabaseFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
        String message = String.valueOf(cause.getMessage());
        String state = String.valueOf(cause.getSQLState());
        String action;
        if (message.contains("Access denied")) {
            action = "数据库拒绝了用户名或密码：请检查 PORTAL_DB_USER 和 PORTAL_DB_PASSWORD"
                    + "（spring.datasource.username / spring.datasource.password）。";
        } else if (message.contains("Unknown database")) {
            action = "数据库不存在：请检查 PORTAL_DB_URL（spring.datasource.url）中的库名，或先在服务器上创建它。";
        } else if (state.startsWith("08") || message.contains("connect") || message.contains("Connection")) {
            action = "无法连接数据库服务器：请检查 PORTAL_DB_URL（spring.datasource.url）中的主机和端口，"
                    + "并确认 MariaDB 正在运行。不设置 PORTAL_DB_URL 时门户使用嵌入式 MariaDB。";
        } else {
            return null;
        }
        return new FailureAnalysis("数据库连接失败 (database connection failed): " + message, action, cause);
    }
}
