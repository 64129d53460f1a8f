package cn.qinglian.portal.audit.ui;

import cn.qinglian.portal.audit.AuditAction;
import cn.qinglian.portal.audit.AuditEntry;
import cn.qinglian.portal.audit.AuditFilter;
import cn.qinglian.portal.audit.AuditLog;
import cn.qinglian.portal.audit.ChainVerification;
import cn.qinglian.portal.base.PageQuery;
import cn.qinglian.portal.base.ui.FieldErrors;
import cn.qinglian.portal.base.ui.PagedGrid;
import cn.qinglian.portal.base.ui.ZhCn;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;
import java.util.Map;

/** The audit log, newest first: who changed what, when, before and after; and the chain check. */
@Route("admin/audit-log")
@PageTitle("审计日志")
@Menu(title = "审计日志", order = 910, icon = "vaadin:clipboard-text")
@RolesAllowed({"ADMIN", "DISCIPLINE"})
public class AuditLogView extends VerticalLayout {

    /** What the entity codes of the log mean to a reader; unknown codes are shown as they are. */
    static final Map<String, String> ENTITY_LABELS = Map.ofEntries(
            Map.entry("district", "区"), Map.entry("township", "乡镇"), Map.entry("village", "村居"),
            Map.entry("office", "科室"), Map.entry("app_user", "用户"), Map.entry("cadre", "村居干部"),
            Map.entry("archive_entry", "廉洁档案"), Map.entry("attachment", "附件"),
            Map.entry("integrity_rating", "廉情评估"), Map.entry("audit_log", "审计日志"),
            Map.entry("login_log", "登录日志"), Map.entry("demo", "演示数据"),
            Map.entry("commitment_letter", "廉洁承诺书"), Map.entry("letter_template", "承诺书模板"),
            Map.entry("clearance_item", "清单事项"), Map.entry("bulletin", "月度通报"));

    private AuditFilter filter = AuditFilter.ALL;

    public AuditLogView(AuditLog auditLog) {
        setSizeFull();
        PagedGrid<AuditEntry> list = new PagedGrid<>(AuditEntry.class, new PagedGrid.Source<>() {
            @Override
            public List<AuditEntry> fetch(PageQuery page) {
                return auditLog.list(filter, page);
            }

            @Override
            public int count() {
                return auditLog.count(filter);
            }
        });
        Grid<AuditEntry> grid = list.grid();
        grid.addColumn(e -> ZhCn.dateTimeSeconds(e.at())).setHeader("时间").setSortProperty("at").setAutoWidth(true);
        var actor = grid.addColumn(AuditEntry::actorName).setHeader("操作人").setSortProperty("actorName").setAutoWidth(true);
        var entity = grid.addColumn(e -> ENTITY_LABELS.getOrDefault(e.entity(), e.entity())).setHeader("对象")
                .setSortProperty("entity").setAutoWidth(true);
        var id = grid.addColumn(AuditEntry::entityId).setHeader("编号").setAutoWidth(true);
        var action = grid.addColumn(e -> e.action().label()).setHeader("操作").setSortProperty("action").setAutoWidth(true);
        grid.addColumn(e -> summary(e)).setHeader("内容").setFlexGrow(1);
        list.textFilter(actor, v -> filter = new AuditFilter(v, filter.entity(), filter.entityId(), filter.action(), null, null));
        list.choiceFilter(entity, ENTITY_LABELS.keySet().stream().sorted().toList(), ENTITY_LABELS::get,
                v -> filter = new AuditFilter(filter.actor(), v, filter.entityId(), filter.action(), null, null));
        list.textFilter(id, v -> filter = new AuditFilter(filter.actor(), filter.entity(), v, filter.action(), null, null));
        list.choiceFilter(action, List.of(AuditAction.values()), AuditAction::label,
                v -> filter = new AuditFilter(filter.actor(), filter.entity(), filter.entityId(), v, null, null));
        grid.addItemClickListener(e -> details(e.getItem()).open());
        list.addToolbar(new Button("校验哈希链", e -> {
            ChainVerification result = auditLog.verifyChain();
            if (result.intact()) {
                FieldErrors.success("审计日志完整：已校验 " + ZhCn.number(result.entriesChecked()) + " 条记录，哈希链未被破坏");
            } else {
                FieldErrors.error("审计日志在第 " + result.firstBrokenId() + " 号记录处断链：" + result.problem());
            }
            list.refresh();
        }));
        add(list);
    }

    private static String summary(AuditEntry e) {
        String after = e.afterJson() == null ? "" : e.afterJson();
        return after.length() > 120 ? after.substring(0, 120) + "…" : after;
    }

    private static Dialog details(AuditEntry e) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("审计记录 #" + e.id());
        dialog.setWidth("min(60rem, 95vw)");
        dialog.add(new Span(ZhCn.dateTimeSeconds(e.at()) + " · " + e.actorName() + " · " + e.action().label()
                        + " · " + ENTITY_LABELS.getOrDefault(e.entity(), e.entity()) + " #" + e.entityId()),
                new Pre("修改前：\n" + (e.beforeJson() == null ? "（无）" : e.beforeJson())),
                new Pre("修改后：\n" + (e.afterJson() == null ? "（无）" : e.afterJson())),
                new Span("哈希：" + e.hash()));
        dialog.getFooter().add(new Button("关闭", x -> dialog.close()));
        return dialog;
    }
}
