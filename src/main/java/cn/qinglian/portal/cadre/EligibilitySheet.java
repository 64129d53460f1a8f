package cn.qinglian.portal.cadre;

import java.util.List;

/** The printable 联审 sheet: a batch of verdicts for the reviewing offices to sign. */
public record EligibilitySheet(String title, String township, String reviewedAt, String reviewedBy,
                               List<EligibilityVerdict> verdicts, List<String> signingOffices) {
}
