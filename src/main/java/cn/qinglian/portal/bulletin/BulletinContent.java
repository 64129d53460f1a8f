package cn.qinglian.portal.bulletin;

import java.time.LocalDate;

/**
 * Everything a bulletin prints: its header, the clerk's narrative and the computed figures. An issued
 * bulletin stores this as its JSON data snapshot, so its DOCX and XLSX are made from the frozen content.
 */
public record BulletinContent(Header header, Narrative narrative, BulletinData data) {

    /**
     * @param number   the document number (青清廉办〔2026〕11号), or "（草稿）" for a draft
     * @param issue    "2026年第11期　总第12期", or blank for a draft
     * @param corrects "本期更正……" when this bulletin corrects an earlier one, else blank
     */
    public record Header(String organ, String number, String issue, LocalDate date, String title, String copyTo,
                         String corrects, boolean draft) {
    }
}
