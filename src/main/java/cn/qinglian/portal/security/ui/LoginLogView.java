package cn.qinglian.portal.security.ui;

import cn.qinglian.portal.audit.AuditLog;
import cn.qinglian.portal.base.PageQuery;
import cn.qinglian.portal.base.ui.FieldErrors;
import cn.qinglian.portal.security.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Clock;
import java.time.LocalDate;
import cn.qinglian.portal.base.ui.PagedGrid;
import cn.qinglian.portal.base.ui.ZhCn;
import cn.qinglian.portal.security.LoginLog;
import cn.qinglian.portal.security.LoginLogEntry;
import cn.qinglian.portal.security.LoginLogFilter;
import cn.qinglian.portal.security.LoginOutcome;
import cn.qinglian.portal.security.Role;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;

/** Every sign-in attempt, newest first; read-only. */
@Route("admin/login-log")
@PageTitle("登录日志")
@Menu(title = "登录日志", order = 920, icon = "vaadin:sign-in")
@RolesAllowed({Role.ADMIN_ROLE, Role.DISCIPLINE_ROLE})
public class LoginLogView extends VerticalLayout {

    private LoginLogFilter filter = LoginLogFilter.ALL;

    public LoginLogView(LoginLog loginLog, AuditLog auditLog, CurrentUser currentUser, Clock clock) {
        setSizeFull();
        PagedGrid<LoginLogEntry> list = new PagedGrid<>(LoginLogEntry.class, new PagedGrid.Source<>() {
            @Override
            public List<LoginLogEntry> fetch(PageQuery page) {
                return loginLog.list(filter, page);
            }

            @Override
            public int count() {
                return loginLog.count(filter);
            }
        });
        Grid<LoginLogEntry> grid = list.grid();
        grid.addColumn(e -> ZhCn.dateTimeSeconds(e.at())).setHeader("时间").setSortProperty("at").setAutoWidth(true);
        var user = grid.addColumn(LoginLogEntry::username).setHeader("用户名").setSortProperty("username").setAutoWidth(true);
        var outcome = grid.addColumn(e -> e.outcome().label()).setHeader("结果").setSortProperty("outcome").setAutoWidth(true);
        var address = grid.addColumn(LoginLogEntry::address).setHeader("地址").setSortProperty("address").setAutoWidth(true);
        grid.addColumn(LoginLogEntry::userAgent).setHeader("浏览器").setFlexGrow(1);
        list.textFilter(user, v -> filter = new LoginLogFilter(v, filter.success(), filter.outcome(), filter.address(), null, null));
        list.choiceFilter(outcome, List.of(LoginOutcome.values()), LoginOutcome::label,
                v -> filter = new LoginLogFilter(filter.username(), filter.success(), v, filter.address(), null, null));
        list.textFilter(address, v -> filter = new LoginLogFilter(filter.username(), filter.success(), filter.outcome(), v, null, null));
        if (currentUser.require().has(Role.ADMIN)) {
            list.addToolbar(new Button("清理过期日志", e -> purgeDialog(loginLog, auditLog, clock, list).open()));
        }
        add(list);
    }

    /** Purging is explicit and audited, and only reaches entries older than the retention period. */
    private static Dialog purgeDialog(LoginLog loginLog, AuditLog auditLog, Clock clock, PagedGrid<?> list) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("清理过期日志");
        LocalDate latest = LocalDate.now(clock).minusMonths(AuditLog.RETENTION_MONTHS);
        DatePicker cutoff = ZhCn.datePicker("清理此日期之前的登录日志和审计日志");
        cutoff.setMax(latest);
        cutoff.setValue(latest);
        cutoff.setWidthFull();
        dialog.add(new Paragraph("日志至少保留" + AuditLog.RETENTION_MONTHS + "个月。清理操作本身会记入审计日志，且不可撤销。"), cutoff);
        Button purge = new Button("清理", e -> {
            if (cutoff.getValue() == null || cutoff.isInvalid()) {
                cutoff.setErrorMessage("请选择" + ZhCn.date(latest) + "或更早的日期");
                cutoff.setInvalid(true);
                return;
            }
            try {
                int logins = loginLog.purgeBefore(cutoff.getValue());
                int audits = auditLog.purgeBefore(cutoff.getValue());
                FieldErrors.success("已清理登录日志 " + ZhCn.number(logins) + " 条、审计日志 " + ZhCn.number(audits) + " 条");
                dialog.close();
                list.refresh();
            } catch (IllegalArgumentException ex) {
                cutoff.setErrorMessage(ex.getMessage());
                cutoff.setInvalid(true);
            }
        });
        purge.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("取消", e -> dialog.close()), purge);
        return dialog;
    }
}
