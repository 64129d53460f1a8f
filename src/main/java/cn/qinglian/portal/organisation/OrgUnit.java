package cn.qinglian.portal.organisation;

/** A unit of the organisation tree for pickers and labels: id, name and its township. */
public record OrgUnit(long id, String name, long townshipId, String townshipName) {

    /** "青溪镇 · 上塘村" where several townships are in view. */
    public String fullName() {
        return townshipName + " · " + name;
    }
}
