package cn.qinglian.portal.cadre;

/** A roster file refused as a whole (not a workbook, no data, missing columns); the message is shown as is. */
final class RosterRefusal extends RuntimeException {

    RosterRefusal(String message) {
        super(message);
    }
}
