package cn.qinglian.portal.audit;

import org.jspecify.annotations.Nullable;

/** Result of checking the audit log's hash chain. */
public record ChainVerification(long entriesChecked, @Nullable Long firstBrokenId, @Nullable String problem) {

    public boolean intact() {
        return firstBrokenId == null;
    }
}
