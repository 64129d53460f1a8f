package cn.qinglian.portal.security;

/** A unit a user's scope can name: a district, township, office or village. */
public record ScopeUnit(long id, String name, long townshipId) {
}
