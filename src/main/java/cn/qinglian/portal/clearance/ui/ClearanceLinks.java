package cn.qinglian.portal.clearance.ui;

import cn.qinglian.portal.clearance.ClearanceFilter;
import cn.qinglian.portal.clearance.ClearanceSource;
import cn.qinglian.portal.clearance.ClearanceStatus;
import cn.qinglian.portal.clearance.ListKind;
import com.vaadin.flow.router.QueryParameters;
import org.jspecify.annotations.Nullable;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A grid filter as query parameters and back, so every number on the boards is a link to exactly
 * its rows ({@code clearance/items?batch=…&village=…&status=CLOSED}).
 */
public final class ClearanceLinks {

    static final String TOWNSHIP_LEVEL = "township";

    private ClearanceLinks() {
    }

    static QueryParameters toQuery(ClearanceFilter f) {
        Map<String, List<String>> q = new LinkedHashMap<>();
        put(q, "kind", f.kind() == null ? null : f.kind().name());
        put(q, "source", f.source() == null ? null : f.source().name());
        put(q, "batch", f.batch());
        put(q, "village", f.townshipLevel() ? TOWNSHIP_LEVEL : f.villageId() == null ? null : f.villageId().toString());
        put(q, "office", f.officeId() == null ? null : f.officeId().toString());
        put(q, "status", f.status() == null ? null : f.status().name());
        put(q, "overdue", f.overdue() ? "1" : null);
        put(q, "dueSoon", f.dueSoon() ? "1" : null);
        put(q, "person", f.person());
        put(q, "township", f.townshipId() == null ? null : f.townshipId().toString());
        put(q, "open", f.openOnly() ? "1" : null);
        put(q, "category", f.category());
        put(q, "createdFrom", f.createdFrom() == null ? null : f.createdFrom().toString());
        put(q, "createdBefore", f.createdBefore() == null ? null : f.createdBefore().toString());
        put(q, "closedFrom", f.closedFrom() == null ? null : f.closedFrom().toString());
        put(q, "closedBefore", f.closedBefore() == null ? null : f.closedBefore().toString());
        return new QueryParameters(q);
    }

    /** The address of the grid showing exactly the filter's rows. */
    public static String href(ClearanceFilter f) {
        String query = toQuery(f).getQueryString();
        return ClearanceItemsView.ROUTE + (query.isEmpty() ? "" : "?" + query);
    }

    static ClearanceFilter fromQuery(QueryParameters q) {
        ClearanceFilter f = ClearanceFilter.ALL;
        f = f.withKind(parse(ListKind.class, one(q, "kind")));
        f = f.withSource(parse(ClearanceSource.class, one(q, "source")));
        f = f.withBatch(one(q, "batch"));
        String village = one(q, "village");
        if (TOWNSHIP_LEVEL.equals(village)) {
            f = f.withTownshipLevel(true);
        } else {
            f = f.withVillage(number(village));
        }
        f = f.withOffice(number(one(q, "office")));
        f = f.withStatus(parse(ClearanceStatus.class, one(q, "status")));
        f = f.withOverdue("1".equals(one(q, "overdue")));
        f = f.withDueSoon("1".equals(one(q, "dueSoon")));
        f = f.withPerson(one(q, "person"));
        f = f.withTownship(number(one(q, "township")));
        f = f.withOpenOnly("1".equals(one(q, "open")));
        f = f.withCategory(one(q, "category"));
        f = f.withCreated(date(one(q, "createdFrom")), date(one(q, "createdBefore")));
        f = f.withClosed(date(one(q, "closedFrom")), date(one(q, "closedBefore")));
        return f;
    }

    private static void put(Map<String, List<String>> q, String key, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            q.put(key, List.of(value));
        }
    }

    private static @Nullable String one(QueryParameters q, String key) {
        return Optional.ofNullable(q.getParameters().get(key)).filter(l -> !l.isEmpty()).map(List::getFirst).orElse(null);
    }

    private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String name) {
        if (name == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static java.time.@Nullable LocalDate date(@Nullable String s) {
        if (s == null) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(s);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static @Nullable Long number(@Nullable String s) {
        if (s == null) {
            return null;
        }
        try {
            return Long.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
