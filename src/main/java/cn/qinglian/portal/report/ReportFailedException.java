package cn.qinglian.portal.report;

/** A report could not be produced; the message is for the user (Chinese), the cause for the log. */
public class ReportFailedException extends RuntimeException {

    public ReportFailedException(String message, Throwable cause) {
        super(message, cause);
    }

    public ReportFailedException(String message) {
        super(message);
    }
}
