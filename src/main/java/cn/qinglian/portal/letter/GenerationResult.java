package cn.qinglian.portal.letter;

import java.util.List;

/** What a generation run did: how many letters it made, and the cadres it skipped grouped by reason. */
public record GenerationResult(int created, List<Skip> skipped) {

    public int skippedCount() {
        return skipped.stream().mapToInt(s -> s.names().size()).sum();
    }

    /** One reason, e.g. "已有本年度承诺书", with the cadres it applies to. */
    public record Skip(String reason, List<String> names) {
    }
}
