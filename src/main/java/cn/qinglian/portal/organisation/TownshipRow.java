package cn.qinglian.portal.organisation;

/** A township with its district and how many villages and offices it has. */
public record TownshipRow(long id, String name, String districtName, int villages, int offices) {
}
