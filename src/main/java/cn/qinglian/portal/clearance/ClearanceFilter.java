package cn.qinglian.portal.clearance;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * The grid's filters; null means "any". {@code townshipLevel} selects items without a village;
 * {@code overdue}/{@code dueSoon} are computed from the deadline and today's date in Asia/Shanghai.
 * {@code openOnly} selects items not yet closed; the created/closed dates select items opened or closed
 * within [from, before) in local (Asia/Shanghai) time, as the dashboard's numbers count them.
 */
public record ClearanceFilter(@Nullable ListKind kind,
                              @Nullable ClearanceSource source,
                              @Nullable String batch,
                              @Nullable Long villageId,
                              boolean townshipLevel,
                              @Nullable Long officeId,
                              @Nullable ClearanceStatus status,
                              boolean overdue,
                              boolean dueSoon,
                              @Nullable String person,
                              @Nullable Long cadreId,
                              @Nullable Long parentId,
                              @Nullable String text,
                              @Nullable Long townshipId,
                              boolean openOnly,
                              @Nullable String category,
                              @Nullable LocalDate createdFrom,
                              @Nullable LocalDate createdBefore,
                              @Nullable LocalDate closedFrom,
                              @Nullable LocalDate closedBefore) {

    public static final ClearanceFilter ALL = new ClearanceFilter(null, null, null, null, false, null, null, false, false, null, null, null, null, null, false, null, null, null, null, null);

    public ClearanceFilter withKind(@Nullable ListKind v) { return new ClearanceFilter(v, source, batch, villageId, townshipLevel, officeId, status, overdue, dueSoon, person, cadreId, parentId, text, townshipId, openOnly, category, createdFrom, createdBefore, closedFrom, closedBefore); }
    public ClearanceFilter withSource(@Nullable ClearanceSource v) { return new ClearanceFilter(kind, v, batch, villageId, townshipLevel, officeId, status, overdue, dueSoon, person, cadreId, parentId, text, townshipId, openOnly, category, createdFrom, createdBefore, closedFrom, closedBefore); }
    public ClearanceFilter withBatch(@Nullable String v) { return new ClearanceFilter(kind, source, v, villageId, townshipLevel, officeId, status, overdue, dueSoon, person, cadreId, parentId, text, townshipId, openOnly, category, createdFrom, createdBefore, closedFrom, closedBefore); }
    public ClearanceFilter withVillage(@Nullable Long v) { return new ClearanceFilter(kind, source, batch, v, false, officeId, status, overdue, dueSoon, person, cadreId, parentId, text, townshipId, openOnly, category, createdFrom, createdBefore, closedFrom, closedBefore); }
    public ClearanceFilter withTownshipLevel(boolean v) { return new ClearanceFilter(kind, source, batch, v ? null : villageId, v, officeId, status, overdue, dueSoon, person, cadreId, parentId, text, townshipId, openOnly, category, createdFrom, createdBefore, closedFrom, closedBefore); }
    public ClearanceFilter withOffice(@Nullable Long v) { return new ClearanceFilter(kind, source, batch, villageId, townshipLevel, v, status, overdue, dueSoon, person, cadreId, parentId, text, townshipId, openOnly, category, createdFrom, createdBefore, closedFrom, closedBefore); }
    public ClearanceFilter withStatus(@Nullable ClearanceStatus v) { return new ClearanceFilter(kind, source, batch, villageId, townshipLevel, officeId, v, overdue, dueSoon, person, cadreId, parentId, text, townshipId, openOnly, category, createdFrom, createdBefore, closedFrom, closedBefore); }
    public ClearanceFilter withOverdue(boolean v) { return new ClearanceFilter(kind, source, batch, villageId, townshipLevel, officeId, status, v, dueSoon, person, cadreId, parentId, text, townshipId, openOnly, category, createdFrom, createdBefore, closedFrom, closedBefore); }
    public ClearanceFilter withDueSoon(boolean v) { return new ClearanceFilter(kind, source, batch, villageId, townshipLevel, officeId, status, overdue, v, person, cadreId, parentId, text, townshipId, openOnly, category, createdFrom, createdBefore, closedFrom, closedBefore); }
    public ClearanceFilter withPerson(@Nullable String v) { return new ClearanceFilter(kind, source, batch, villageId, townshipLevel, officeId, status, overdue, dueSoon, v, cadreId, parentId, text, townshipId, openOnly, category, createdFrom, createdBefore, closedFrom, closedBefore); }
    public ClearanceFilter withCadre(@Nullable Long v) { return new ClearanceFilter(kind, source, batch, villageId, townshipLevel, officeId, status, overdue, dueSoon, person, v, parentId, text, townshipId, openOnly, category, createdFrom, createdBefore, closedFrom, closedBefore); }
    public ClearanceFilter withParent(@Nullable Long v) { return new ClearanceFilter(kind, source, batch, villageId, townshipLevel, officeId, status, overdue, dueSoon, person, cadreId, v, text, townshipId, openOnly, category, createdFrom, createdBefore, closedFrom, closedBefore); }
    public ClearanceFilter withText(@Nullable String v) { return new ClearanceFilter(kind, source, batch, villageId, townshipLevel, officeId, status, overdue, dueSoon, person, cadreId, parentId, v, townshipId, openOnly, category, createdFrom, createdBefore, closedFrom, closedBefore); }
    public ClearanceFilter withTownship(@Nullable Long v) { return new ClearanceFilter(kind, source, batch, villageId, townshipLevel, officeId, status, overdue, dueSoon, person, cadreId, parentId, text, v, openOnly, category, createdFrom, createdBefore, closedFrom, closedBefore); }
    public ClearanceFilter withOpenOnly(boolean v) { return new ClearanceFilter(kind, source, batch, villageId, townshipLevel, officeId, status, overdue, dueSoon, person, cadreId, parentId, text, townshipId, v, category, createdFrom, createdBefore, closedFrom, closedBefore); }
    public ClearanceFilter withCategory(@Nullable String v) { return new ClearanceFilter(kind, source, batch, villageId, townshipLevel, officeId, status, overdue, dueSoon, person, cadreId, parentId, text, townshipId, openOnly, v, createdFrom, createdBefore, closedFrom, closedBefore); }
    public ClearanceFilter withCreatedFrom(@Nullable LocalDate v) { return new ClearanceFilter(kind, source, batch, villageId, townshipLevel, officeId, status, overdue, dueSoon, person, cadreId, parentId, text, townshipId, openOnly, category, v, createdBefore, closedFrom, closedBefore); }
    public ClearanceFilter withCreatedBefore(@Nullable LocalDate v) { return new ClearanceFilter(kind, source, batch, villageId, townshipLevel, officeId, status, overdue, dueSoon, person, cadreId, parentId, text, townshipId, openOnly, category, createdFrom, v, closedFrom, closedBefore); }
    public ClearanceFilter withClosedFrom(@Nullable LocalDate v) { return new ClearanceFilter(kind, source, batch, villageId, townshipLevel, officeId, status, overdue, dueSoon, person, cadreId, parentId, text, townshipId, openOnly, category, createdFrom, createdBefore, v, closedBefore); }
    public ClearanceFilter withClosedBefore(@Nullable LocalDate v) { return new ClearanceFilter(kind, source, batch, villageId, townshipLevel, officeId, status, overdue, dueSoon, person, cadreId, parentId, text, townshipId, openOnly, category, createdFrom, createdBefore, closedFrom, v); }

    /** Items created on days [from, before). */
    public ClearanceFilter withCreated(@Nullable LocalDate from, @Nullable LocalDate before) { return withCreatedFrom(from).withCreatedBefore(before); }

    /** Items closed on days [from, before). */
    public ClearanceFilter withClosed(@Nullable LocalDate from, @Nullable LocalDate before) { return withClosedFrom(from).withClosedBefore(before); }
}
