package cn.qinglian.portal.cadre;

import org.jspecify.annotations.Nullable;

/** Filters of the cadre list; null means "any". The township narrows a district user's list (dashboard links). */
public record CadreFilter(@Nullable String name, @Nullable Long villageId, @Nullable Position position,
                          @Nullable CadreStatus status, @Nullable IntegrityColour rating,
                          @Nullable Boolean partyMember, @Nullable Integer termEndingWithinDays,
                          @Nullable Long townshipId) {

    public static final CadreFilter ALL = new CadreFilter(null, null, null, null, null, null, null, null);

    public CadreFilter withName(@Nullable String v) { return new CadreFilter(v, villageId, position, status, rating, partyMember, termEndingWithinDays, townshipId); }
    public CadreFilter withVillage(@Nullable Long v) { return new CadreFilter(name, v, position, status, rating, partyMember, termEndingWithinDays, townshipId); }
    public CadreFilter withPosition(@Nullable Position v) { return new CadreFilter(name, villageId, v, status, rating, partyMember, termEndingWithinDays, townshipId); }
    public CadreFilter withStatus(@Nullable CadreStatus v) { return new CadreFilter(name, villageId, position, v, rating, partyMember, termEndingWithinDays, townshipId); }
    public CadreFilter withRating(@Nullable IntegrityColour v) { return new CadreFilter(name, villageId, position, status, v, partyMember, termEndingWithinDays, townshipId); }
    public CadreFilter withPartyMember(@Nullable Boolean v) { return new CadreFilter(name, villageId, position, status, rating, v, termEndingWithinDays, townshipId); }
    public CadreFilter withTermEndingWithinDays(@Nullable Integer v) { return new CadreFilter(name, villageId, position, status, rating, partyMember, v, townshipId); }
    public CadreFilter withTownship(@Nullable Long v) { return new CadreFilter(name, villageId, position, status, rating, partyMember, termEndingWithinDays, v); }
}
