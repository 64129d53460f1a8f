package cn.qinglian.portal.cadre;

import java.util.List;

/**
 * Everything the 廉洁档案卡 prints, already formatted for the reader (dates in Chinese, the ID number
 * masked unless the reader may see it). Entries come ordered by kind, then newest first.
 */
public record ArchiveCard(String name, String gender, String birthDate, String idNumber, String mobile,
                          String partyMember, String education, String village, String township, String status,
                          List<Post> posts, List<Entry> entries, String rating, List<String> ratingReasons,
                          String printedAt, String printedBy) {

    /** A post and its term, e.g. 党组织书记 · 2021年1月1日 至今. */
    public record Post(String position, String term) {
    }

    /** One archive entry: kind label, date, title, details (result, score, measure …), document number. */
    public record Entry(String kind, String date, String title, String detail, String documentNumber) {
    }
}
