package cn.qinglian.portal.security;

import cn.qinglian.portal.base.SignedIn;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.Set;

/** The signed-in user as the security context holds it. */
public record PortalUser(long id, String username, String displayName, Set<Role> roles, DataScope scope,
                         String scopeLabel) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... wanted) {
        for (Role r : wanted) {
            if (roles.contains(r)) {
                return true;
            }
        }
        return false;
    }

    public String rolesLabel() {
        return String.join("、", roles.stream().sorted().map(Role::label).toList());
    }

    /** The view Spring Security's form login works with. */
    record Details(PortalUser user, String passwordHash, boolean enabled, boolean locked)
            implements UserDetails, SignedIn, Serializable {

        @Override
        public String displayName() {
            return user.displayName();
        }

        @Override
        public String rolesLabel() {
            return user.rolesLabel();
        }

        @Override
        public String scopeLabel() {
            return user.scopeLabel();
        }

        @Override
        public Collection<? extends GrantedAuthority> getAuthorities() {
            return user.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
        }

        @Override
        public String getPassword() {
            return passwordHash;
        }

        @Override
        public String getUsername() {
            return user.username();
        }

        @Override
        public boolean isAccountNonLocked() {
            return !locked;
        }

        @Override
        public boolean isEnabled() {
            return enabled;
        }
    }
}
