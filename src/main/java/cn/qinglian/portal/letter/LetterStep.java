package cn.qinglian.portal.letter;

import org.jspecify.annotations.Nullable;

import java.time.LocalDateTime;

/** One step in a letter's history: what was done (生成、签订、公示、评议、撤回), by whom, when, with a note. */
public record LetterStep(String action, LetterStatus status, @Nullable String note, String doneBy,
                         LocalDateTime doneAt) {

    static final String GENERATE = "生成";
    static final String SIGN = "签订";
    static final String PUBLISH = "公示";
    static final String REVIEW = "践诺评议";
    static final String REVERT = "撤回";
}
