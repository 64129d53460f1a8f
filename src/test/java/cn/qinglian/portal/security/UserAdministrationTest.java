package cn.qinglian.portal.security;

import cn.qinglian.portal.IntegrationTest;
import cn.qinglian.portal.audit.AuditAction;
import cn.qinglian.portal.audit.AuditEntry;
import cn.qinglian.portal.audit.AuditLog;
import cn.qinglian.portal.base.ValidationFailedException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

import java.util.EnumSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
@Import(SecurityFixture.class)
class UserAdministrationTest {

    @Autowired SecurityFixture fixture;
    @Autowired UserService users;
    @Autowired AccountService accounts;
    @Autowired AuditLog audit;
    @Autowired PortalAuthenticationProvider provider;

    String admin;

    @BeforeEach
    void signInAdmin() {
        admin = fixture.user(Role.ADMIN, ScopeKind.TOWNSHIP, fixture.township());
    }

    private UserDraft villageClerk(long village) {
        UserDraft draft = new UserDraft();
        draft.setUsername("clerk" + UUID.randomUUID().toString().substring(0, 6));
        draft.setDisplayName("张堃");
        draft.setRoles(EnumSet.of(Role.VILLAGE));
        draft.setScopeKind(ScopeKind.VILLAGE);
        draft.setScopeUnitId(village);
        return draft;
    }

    @Test
    void createdUserGetsAOneTimePasswordAndMustChangeItAtFirstSignIn() {
        long village = fixture.village("新建村" + System.nanoTime());
        var issued = fixture.as(admin, () -> users.create(villageClerk(village)));
        assertThat(PasswordPolicy.check(issued.temporaryPassword())).isEmpty();
        assertThat(issued.user().mustChangePassword()).isTrue();
        assertThat(issued.user().townshipId()).isEqualTo(fixture.township());

        String username = issued.user().username();
        var auth = provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, issued.temporaryPassword()));
        assertThat(auth.isAuthenticated()).isTrue();
        fixture.as(username, () -> {
            assertThat(accounts.passwordChangeRequired()).isTrue();
            assertThatThrownBy(() -> accounts.changeOwnPassword("wrong", "Better#2026"))
                    .isInstanceOfSatisfying(ValidationFailedException.class,
                            e -> assertThat(e.fieldErrors()).containsEntry("currentPassword", "当前密码不正确"));
            assertThatThrownBy(() -> accounts.changeOwnPassword(issued.temporaryPassword(), "simple"))
                    .isInstanceOfSatisfying(ValidationFailedException.class,
                            e -> assertThat(e.fieldErrors()).containsEntry("newPassword", PasswordPolicy.RULE));
            accounts.changeOwnPassword(issued.temporaryPassword(), "Better#2026");
            assertThat(accounts.passwordChangeRequired()).isFalse();
        });
        var history = fixture.as(admin, () -> audit.history("app_user", issued.user().id()));
        assertThat(history).extracting(AuditEntry::action).containsExactly(AuditAction.CREATE, AuditAction.CHANGE_PASSWORD);
        assertThat(history).allSatisfy(e -> {
            assertThat(String.valueOf(e.afterJson())).doesNotContain("bcrypt").doesNotContain("$2a$");
        });
    }

    @Test
    void roleAndScopeMustFitAndUsernamesAreUnique() {
        long village = fixture.village("校验村" + System.nanoTime());
        UserDraft wrongScope = villageClerk(village);
        wrongScope.setScopeKind(ScopeKind.TOWNSHIP);
        wrongScope.setScopeUnitId(fixture.township());
        fixture.as(admin, () -> {
            assertThatThrownBy(() -> users.create(wrongScope)).isInstanceOfSatisfying(ValidationFailedException.class,
                    e -> assertThat(e.fieldErrors().get("scopeKind")).isEqualTo("角色「村居」的数据范围只能是：本村居"));
            UserDraft first = villageClerk(village);
            users.create(first);
            UserDraft duplicate = villageClerk(village);
            duplicate.setUsername(first.getUsername());
            assertThatThrownBy(() -> users.create(duplicate)).isInstanceOfSatisfying(ValidationFailedException.class,
                    e -> assertThat(e.fieldErrors()).containsEntry("username", "用户名已存在"));
            UserDraft blank = villageClerk(village);
            blank.setDisplayName(" ");
            assertThatThrownBy(() -> users.create(blank)).isInstanceOfSatisfying(ValidationFailedException.class,
                    e -> assertThat(e.fieldErrors()).containsEntry("displayName", "请输入姓名"));
        });
    }

    @Test
    void disableResetAndStaleEdits() {
        long village = fixture.village("管理村" + System.nanoTime());
        fixture.as(admin, () -> {
            var created = users.create(villageClerk(village)).user();
            var disabled = users.setEnabled(created.id(), created.version(), false);
            assertThat(disabled.enabled()).isFalse();
            // a second administrator still holding the old version gets a conflict, not a silent overwrite
            assertThatThrownBy(() -> users.setEnabled(created.id(), created.version(), true))
                    .isInstanceOf(OptimisticLockingFailureException.class);
            UserDraft stale = UserDraft.of(created);
            stale.setDisplayName("旧版本");
            assertThatThrownBy(() -> users.update(stale)).isInstanceOf(OptimisticLockingFailureException.class);

            var reset = users.resetPassword(created.id());
            assertThat(reset.user().mustChangePassword()).isTrue();
            assertThat(audit.history("app_user", created.id())).extracting(AuditEntry::action)
                    .containsExactly(AuditAction.CREATE, AuditAction.DISABLE, AuditAction.RESET_PASSWORD);
        });
    }

    @Test
    void administratorCannotDisableThemselves() {
        long me = fixture.as(admin, () -> users.list(new UserFilter(admin, null, null, null, null, null),
                cn.qinglian.portal.base.PageQuery.first(1)).getFirst().id());
        fixture.as(admin, () -> {
            var self = users.get(me).orElseThrow();
            assertThatThrownBy(() -> users.setEnabled(me, self.version(), false))
                    .isInstanceOf(ValidationFailedException.class).hasMessage("不能停用自己的账户");
        });
    }
}
