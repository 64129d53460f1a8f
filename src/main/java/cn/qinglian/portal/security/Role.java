package cn.qinglian.portal.security;

import java.util.EnumSet;
import java.util.Set;

/** The roles of DESIGN.md §1; a user holds one or more. */
public enum Role {
    DISCIPLINE("镇纪检办", EnumSet.of(ScopeKind.TOWNSHIP, ScopeKind.DISTRICT)),
    PARTY_OFFICE("镇党建办", EnumSet.of(ScopeKind.TOWNSHIP, ScopeKind.DISTRICT)),
    OFFICE("镇科室", EnumSet.of(ScopeKind.OFFICE)),
    VILLAGE("村居", EnumSet.of(ScopeKind.VILLAGE)),
    LEADER("领导", EnumSet.of(ScopeKind.TOWNSHIP, ScopeKind.DISTRICT)),
    ADMIN("系统管理员", EnumSet.of(ScopeKind.TOWNSHIP, ScopeKind.DISTRICT));

    /** Constants for {@code @RolesAllowed}, which needs compile-time strings. */
    public static final String DISCIPLINE_ROLE = "DISCIPLINE";
    public static final String PARTY_OFFICE_ROLE = "PARTY_OFFICE";
    public static final String OFFICE_ROLE = "OFFICE";
    public static final String VILLAGE_ROLE = "VILLAGE";
    public static final String LEADER_ROLE = "LEADER";
    public static final String ADMIN_ROLE = "ADMIN";

    private final String label;
    private final Set<ScopeKind> allowedScopes;

    Role(String label, Set<ScopeKind> allowedScopes) {
        this.label = label;
        this.allowedScopes = allowedScopes;
    }

    public String label() {
        return label;
    }

    /** The kinds of scope a user with this role may be given. */
    public Set<ScopeKind> allowedScopes() {
        return allowedScopes;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
