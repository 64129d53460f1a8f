package cn.qinglian.portal.letter;

import cn.qinglian.portal.attachment.AttachmentInfo;

import java.util.List;

/**
 * A letter with what its page shows: the cadre and village names, the signed scan(s), its history, and the
 * steps the reader may take now.
 */
public record LetterDetail(CommitmentLetter letter, String cadreName, String villageName, String townshipName,
                           boolean overdue, List<AttachmentInfo> scans, List<LetterStep> steps, boolean maySign,
                           boolean mayPublish, boolean mayReview, boolean mayRevert) {
}
