package cn.qinglian.portal.clearance;

/** What waits for the signed-in user: items to report on, to verify, extensions to approve. */
public record MyWork(int toReport, int toVerify, int toApprove) {

    public int total() {
        return toReport + toVerify + toApprove;
    }
}
