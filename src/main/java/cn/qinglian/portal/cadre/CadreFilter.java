package cn.qinglian.portal.cadre;

import org.jspecify.annotations.Nullable;

/** Filters of the cadre list; null means "any". */
public record CadreFilter(@Nullable String name, @Nullable Long villageId, @Nullable Position position,
                          @Nullable CadreStatus status, @Nullable IntegrityColour rating,
                          @Nullable Boolean partyMember, @Nullable Integer termEndingWithinDays) {

    public static final CadreFilter ALL = new CadreFilter(null, null, null, null, null, null, null);

    public CadreFilter withName(@Nullable String v) { return new CadreFilter(v, villageId, position, status, rating, partyMember, termEndingWithinDays); }
    public CadreFilter withVillage(@Nullable Long v) { return new CadreFilter(name, v, position, status, rating, partyMember, termEndingWithinDays); }
    public CadreFilter withPosition(@Nullable Position v) { return new CadreFilter(name, villageId, v, status, rating, partyMember, termEndingWithinDays); }
    public CadreFilter withStatus(@Nullable CadreStatus v) { return new CadreFilter(name, villageId, position, v, rating, partyMember, termEndingWithinDays); }
    public CadreFilter withRating(@Nullable IntegrityColour v) { return new CadreFilter(name, villageId, position, status, v, partyMember, termEndingWithinDays); }
    public CadreFilter withPartyMember(@Nullable Boolean v) { return new CadreFilter(name, villageId, position, status, rating, v, termEndingWithinDays); }
    public CadreFilter withTermEndingWithinDays(@Nullable Integer v) { return new CadreFilter(name, villageId, position, status, rating, partyMember, v); }
}
