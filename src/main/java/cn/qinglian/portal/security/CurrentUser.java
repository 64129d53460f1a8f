package cn.qinglian.portal.security;

import cn.qinglian.portal.base.CurrentActor;
import org.springframework.security.core.Authentication;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** The signed-in user for services; a call without one is refused. */
@Component
public class CurrentUser implements CurrentActor {

    // the strategy bean, not the static holder: Vaadin keeps the context in the session
    private final SecurityContextHolderStrategy contexts;

    public CurrentUser(ObjectProvider<SecurityContextHolderStrategy> contexts) {
        this.contexts = contexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    @Override
    public Ref current() {
        return get().map(u -> new Ref(u.id(), u.username())).orElse(Ref.SYSTEM);
    }


    public Optional<PortalUser> get() {
        Authentication auth = contexts.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof PortalUser.Details details) {
            return Optional.of(details.user());
        }
        if (auth != null && auth.getPrincipal() instanceof PortalUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public PortalUser require() {
        return get().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("请先登录"));
    }

    /** Throws unless the signed-in user holds one of the roles. */
    public PortalUser requireAny(Role... roles) {
        PortalUser user = require();
        if (!user.hasAny(roles)) {
            throw new org.springframework.security.access.AccessDeniedException("无权执行此操作");
        }
        return user;
    }
}
