package cn.qinglian.portal.clearance;

import org.jspecify.annotations.Nullable;

/**
 * The grid's filters; null means "any". {@code townshipLevel} selects items without a village;
 * {@code overdue}/{@code dueSoon} are computed from the deadline and today's date in Asia/Shanghai.
 */
public record ClearanceFilter(@Nullable ListKind kind, @Nullable ClearanceSource source, @Nullable String batch,
                              @Nullable Long villageId, boolean townshipLevel, @Nullable Long officeId,
                              @Nullable ClearanceStatus status, boolean overdue, boolean dueSoon,
                              @Nullable String person, @Nullable Long cadreId, @Nullable Long parentId,
                              @Nullable String text) {

    public static final ClearanceFilter ALL = new ClearanceFilter(null, null, null, null, false, null, null, false,
            false, null, null, null, null);

    public ClearanceFilter withKind(@Nullable ListKind v) { return new ClearanceFilter(v, source, batch, villageId, townshipLevel, officeId, status, overdue, dueSoon, person, cadreId, parentId, text); }
    public ClearanceFilter withSource(@Nullable ClearanceSource v) { return new ClearanceFilter(kind, v, batch, villageId, townshipLevel, officeId, status, overdue, dueSoon, person, cadreId, parentId, text); }
    public ClearanceFilter withBatch(@Nullable String v) { return new ClearanceFilter(kind, source, v, villageId, townshipLevel, officeId, status, overdue, dueSoon, person, cadreId, parentId, text); }
    public ClearanceFilter withVillage(@Nullable Long v) { return new ClearanceFilter(kind, source, batch, v, false, officeId, status, overdue, dueSoon, person, cadreId, parentId, text); }
    public ClearanceFilter withTownshipLevel(boolean v) { return new ClearanceFilter(kind, source, batch, v ? null : villageId, v, officeId, status, overdue, dueSoon, person, cadreId, parentId, text); }
    public ClearanceFilter withOffice(@Nullable Long v) { return new ClearanceFilter(kind, source, batch, villageId, townshipLevel, v, status, overdue, dueSoon, person, cadreId, parentId, text); }
    public ClearanceFilter withStatus(@Nullable ClearanceStatus v) { return new ClearanceFilter(kind, source, batch, villageId, townshipLevel, officeId, v, overdue, dueSoon, person, cadreId, parentId, text); }
    public ClearanceFilter withOverdue(boolean v) { return new ClearanceFilter(kind, source, batch, villageId, townshipLevel, officeId, status, v, dueSoon, person, cadreId, parentId, text); }
    public ClearanceFilter withDueSoon(boolean v) { return new ClearanceFilter(kind, source, batch, villageId, townshipLevel, officeId, status, overdue, v, person, cadreId, parentId, text); }
    public ClearanceFilter withPerson(@Nullable String v) { return new ClearanceFilter(kind, source, batch, villageId, townshipLevel, officeId, status, overdue, dueSoon, v, cadreId, parentId, text); }
    public ClearanceFilter withCadre(@Nullable Long v) { return new ClearanceFilter(kind, source, batch, villageId, townshipLevel, officeId, status, overdue, dueSoon, person, v, parentId, text); }
    public ClearanceFilter withParent(@Nullable Long v) { return new ClearanceFilter(kind, source, batch, villageId, townshipLevel, officeId, status, overdue, dueSoon, person, cadreId, v, text); }
    public ClearanceFilter withText(@Nullable String v) { return new ClearanceFilter(kind, source, batch, villageId, townshipLevel, officeId, status, overdue, dueSoon, person, cadreId, parentId, v); }
}
